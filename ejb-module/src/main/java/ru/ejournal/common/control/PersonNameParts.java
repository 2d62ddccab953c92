package ru.ejournal.common.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The rule the student and parent cards apply to a full name, for a record that holds one: last and
 * first name required, patronymic optional, each at most 100 letters, blanks, hyphens or apostrophes.
 * Each broken part gives its own message, as the cards' field constraints do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonNameParts.Validator.class)
public @interface PersonNameParts {

    String message() default "{common.name.check}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A record with a full name. */
    interface Named {
        String lastName();

        String firstName();

        String patronymic();
    }

    /** Checks the three parts and reports each failure on its own. */
    class Validator implements ConstraintValidator<PersonNameParts, Named> {

        private static final Pattern LETTERS = Pattern.compile("[\\p{IsCyrillic}\\p{IsLatin} '\\-]*");
        private static final int MAX = 100;

        @Override
        public boolean isValid(Named name, ConstraintValidatorContext context) {
            if (name == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = part(name.lastName(), true, "lastName", context);
            valid &= part(name.firstName(), true, "firstName", context);
            return valid & part(name.patronymic(), false, "patronymic", context);
        }

        /** Checks one part; its messages are the keys {@code common.name.<field>.required|tooLong|letters}. */
        private static boolean part(String value, boolean required, String field, ConstraintValidatorContext context) {
            String problem = null;
            if (value == null || value.isBlank()) {
                problem = required ? "required" : null;
            } else if (value.length() > MAX) {
                problem = "tooLong";
            } else if (!LETTERS.matcher(value).matches()) {
                problem = "letters";
            }
            if (problem != null) {
                context.buildConstraintViolationWithTemplate("{common.name." + field + "." + problem + "}")
                        .addPropertyNode(field)
                        .addConstraintViolation();
            }
            return problem == null;
        }
    }
}
