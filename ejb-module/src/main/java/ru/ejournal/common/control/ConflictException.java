package ru.ejournal.common.control;

import jakarta.ejb.ApplicationException;

/** Somebody else changed the record since the caller loaded it; nothing was saved. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 2L;

    public ConflictException(String key, Object... args) {
        super(key, args);
    }
}
