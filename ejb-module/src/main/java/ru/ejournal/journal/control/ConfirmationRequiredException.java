package ru.ejournal.journal.control;

import jakarta.ejb.ApplicationException;
import ru.ejournal.common.control.BusinessException;

/** The change is allowed only if the teacher confirms it (e.g. a mark for an absent student). */
@ApplicationException(rollback = true)
public class ConfirmationRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConfirmationRequiredException(String key, Object... args) {
        super(key, args);
    }
}
