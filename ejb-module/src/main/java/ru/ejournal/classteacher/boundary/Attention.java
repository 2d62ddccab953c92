package ru.ejournal.classteacher.boundary;

import java.io.Serializable;

/**
 * The four figures of the class teacher's home card, each the same as the {@link Dashboard}'s of that name:
 * read on every home page a class teacher opens (right after each sign-in), so without the rest of the
 * dashboard.
 */
public record Attention(
        Long classId,
        String className,
        long unverifiedStudents,
        long parentsWithoutAccount,
        long parentsNotAcknowledged,
        long openProposals)
        implements Serializable {}
