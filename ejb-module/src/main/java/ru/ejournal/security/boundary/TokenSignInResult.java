package ru.ejournal.security.boundary;

import java.io.Serializable;
import java.util.Set;

/** The answer to a bearer token: who it is, with which of the family roles, or why not. */
public record TokenSignInResult(Outcome outcome, String login, Set<String> roles) implements Serializable {

    public enum Outcome {
        SUCCESS,
        /** no such token (also a malformed one): counted for the address throttle */
        INVALID,
        /** revoked, expired, or older than the account's last password change */
        REVOKED,
        /** the account is blocked or gone */
        BLOCKED,
        /** the account still has its one-time password: it may do nothing but change it */
        ONE_TIME_PASSWORD,
        /** the account is no parent's or student's: the API is the families' e-diary */
        NOT_FAMILY,
        /** too many failed sign-ins from this address */
        THROTTLED,
        /** the token has made {@code ejournal.api.token.requests.per.minute} requests within the last minute */
        RATE_LIMITED
    }

    static TokenSignInResult of(Outcome outcome) {
        return new TokenSignInResult(outcome, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
