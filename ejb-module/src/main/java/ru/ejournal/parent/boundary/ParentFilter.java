package ru.ejournal.parent.boundary;

/** Which parents of a class the list shows; the dashboard links to each. */
public enum ParentFilter {
    ALL,
    /** data not verified for more than 30 days (D5) */
    UNVERIFIED,
    /** no account yet (D2) */
    NO_ACCOUNT,
    /** an account that has never signed in (D2) */
    NEVER_SIGNED_IN,
    /** no visit to the e-diary for 14 days (D13) */
    NO_VISIT
}
