package ru.ejournal.batch.regionimport;

import ru.ejournal.common.control.Texts;

/** A row that cannot be loaded; the step skips it and the error report gets its line and reason. */
public class BadRowException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The reason: a key of the {@code batch} texts, in Russian (the error report is the school's document). */
    public BadRowException(String key, Object... args) {
        super(Texts.text(key, args));
    }
}
