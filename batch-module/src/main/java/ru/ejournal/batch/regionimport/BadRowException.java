package ru.ejournal.batch.regionimport;

/** A row that cannot be loaded; the step skips it and the error report gets its line and reason. */
public class BadRowException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadRowException(String reason) {
        super(reason);
    }
}
