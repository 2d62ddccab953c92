package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A parent of the class in the weekly visit report: sign-ins in the last 7 and 30 days, diary views in
 * the last 30 days, the last visit (sign-in or diary view), and whether they are to be highlighted.
 */
public record VisitLine(
        long parentId,
        String parent,
        String child,
        boolean hasAccount,
        long logins7,
        long logins30,
        long diaryViews30,
        Instant lastVisit,
        boolean absentTooLong)
        implements Serializable {}
