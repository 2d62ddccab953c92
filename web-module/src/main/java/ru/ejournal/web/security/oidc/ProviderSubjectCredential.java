package ru.ejournal.web.security.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * The subject of an ID token that {@link OidcProvider} has checked: handed to the application's one
 * authentication mechanism (the form's) as the credential of a sign-in through the provider, which the
 * identity store maps to the linked account. Only {@link OidcServlet} creates it, after the checks.
 */
public record ProviderSubjectCredential(String subject) implements Credential {}
