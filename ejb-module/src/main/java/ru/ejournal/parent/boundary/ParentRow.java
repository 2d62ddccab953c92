package ru.ejournal.parent.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the parents' list of a class, or one match when looking for an existing parent. A
 * class teacher sees the children of their own classes only; {@code familyElsewhere}: the parent
 * also has children in classes the caller does not keep, so linking them to another pupil and
 * resetting their password is for the school administrator. A match of another class's family
 * ({@link #limited()}) carries only the name and the phone that was typed.
 */
public record ParentRow(
        Long id,
        String fullName,
        String phone,
        String children,
        Instant verifiedAt,
        boolean stale,
        String login,
        Instant lastVisit,
        boolean familyElsewhere,
        boolean limited)
        implements Serializable {

    /** A match of a family of other classes, found by the exact full name and phone: nothing else of it. */
    static ParentRow limited(Long id, String fullName, String phone) {
        return new ParentRow(id, fullName, phone, null, null, false, null, null, true, true);
    }
}
