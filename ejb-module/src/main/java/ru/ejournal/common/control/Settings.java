package ru.ejournal.common.control;

import java.util.Optional;

/**
 * Reads the operator's configuration: a system property {@code ejournal.x.y} or, failing that,
 * the environment variable {@code EJOURNAL_X_Y}. Kept tiny so that every setting has one spelling.
 */
public final class Settings {

    private Settings() {}

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static int getInt(String name, int defaultValue) {
        return get(name).map(Integer::parseInt).orElse(defaultValue);
    }
}
