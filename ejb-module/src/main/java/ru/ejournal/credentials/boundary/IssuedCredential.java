package ru.ejournal.credentials.boundary;

import java.io.Serializable;

/**
 * A login with its one-time initial password, returned once when an account is created or reset,
 * for the screen and the credential slips; never stored.
 */
public record IssuedCredential(String fullName, String roleTitle, String login, String password, String note)
        implements Serializable {

    @Override
    public String toString() {
        return "IssuedCredential[" + login + "]";
    }
}
