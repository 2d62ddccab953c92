package ru.ejournal.security.control;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change the record; the message is for the user, in Russian. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
