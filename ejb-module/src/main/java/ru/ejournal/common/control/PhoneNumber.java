package ru.ejournal.common.control;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone as the cards keep it, {@code +7 (916) 123-45-67}, or empty: the services normalise what was
 * typed ({@code student.control.Phones}) before this check, so anything else is not a phone number.
 */
@Pattern(regexp = "|\\+7 \\(\\d{3}\\) \\d{3}-\\d{2}-\\d{2}")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface PhoneNumber {

    String message() default "{common.phone.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
