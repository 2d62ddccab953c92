package ru.ejournal.common.control;

import jakarta.ejb.ApplicationException;

/** Bad input or a broken rule: the transaction rolls back and the message is shown as it is. */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}
