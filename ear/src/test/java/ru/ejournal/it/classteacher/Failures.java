package ru.ejournal.it.classteacher;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import ru.ejournal.it.support.Caller;

/** What a refused service call told the user: the Russian message of the rule or of the validation. */
public final class Failures {

    private Failures() {}

    public static String messageOf(Caller.Action action) {
        try {
            action.run();
        } catch (Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof ConstraintViolationException v) {
                    return v.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; "));
                }
                if (c instanceof ru.ejournal.common.control.BusinessException) {
                    return c.getMessage();
                }
            }
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return fail("expected a refusal");
    }
}
