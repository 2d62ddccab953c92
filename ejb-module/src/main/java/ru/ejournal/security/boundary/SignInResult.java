package ru.ejournal.security.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What a sign-in attempt came to; the login page turns the outcome into a message. */
public record SignInResult(
        Outcome outcome, String login, Set<String> roles, boolean mustChangePassword, Instant lockedUntil)
        implements Serializable {

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED,
        BLOCKED,
        /** Too many failed sign-ins from the client's address: refused without looking at the account. */
        THROTTLED,
        /** The identity provider vouched for a subject that no journal account is linked to: nothing is created. */
        UNKNOWN_SUBJECT
    }

    public static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of(), false, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
