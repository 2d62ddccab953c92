package ru.ejournal.student.boundary;

/** Which students of a class a roster shows; the dashboard links to each. */
public enum RosterFilter {
    /** all who study in the class now */
    STUDYING,
    /** data not verified for more than 30 days (D5) */
    UNVERIFIED,
    /** no account yet (D2) */
    NO_ACCOUNT,
    /** an account that has never signed in (D2) */
    NEVER_SIGNED_IN,
    /** departed: kept, read only */
    DEPARTED
}
