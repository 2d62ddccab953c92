package ru.ejournal.messaging.boundary;

import java.io.Serializable;

/** Somebody the caller may write to, about a child: «Петрова Е. С. — мать: Петров Иван, 7Б». */
public record Addressee(String key, long accountId, Long studentId, Long classId, String className, String label)
        implements Serializable {}
