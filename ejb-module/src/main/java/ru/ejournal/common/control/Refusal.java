package ru.ejournal.common.control;

import java.util.Locale;

/** A refusal whose text the page shows in the viewer's language: its key and arguments in {@link Texts}. */
public interface Refusal {

    /** The refusal in {@code locale}. */
    String message(Locale locale);
}
