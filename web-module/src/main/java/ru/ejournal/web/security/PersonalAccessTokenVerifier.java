package ru.ejournal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.TokenSignInResult;
import ru.ejournal.security.boundary.TokenSignInService;

/**
 * The personal access tokens: every bearer token that is not a JWT is one of them or nothing (an unknown one
 * counts as a failed sign-in of the address).
 */
@ApplicationScoped
public class PersonalAccessTokenVerifier implements BearerTokenVerifier {

    @Inject
    TokenSignInService tokens;

    @Override
    public Optional<TokenSignInResult> verify(String token, ClientInfo client) {
        if (token.chars().filter(c -> c == '.').count() == 2) {
            return Optional.empty();
        }
        return Optional.of(tokens.signIn(token, client));
    }
}
