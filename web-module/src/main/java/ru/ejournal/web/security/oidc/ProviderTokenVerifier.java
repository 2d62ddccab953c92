package ru.ejournal.web.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.TokenSignInResult;
import ru.ejournal.security.boundary.TokenSignInService;
import ru.ejournal.web.security.BearerTokenVerifier;

/**
 * The identity provider's access tokens (JWTs) on the e-diary API: signature against the provider's key set,
 * issuer, expiry, audience ({@code aud} or {@code azp}), then the account linked to {@code sub} on the same terms
 * as a personal token (family roles only). A JWT that fails a check is a failed sign-in of the address. When no
 * provider is configured a JWT is nobody's (the personal tokens are never JWTs).
 */
@ApplicationScoped
public class ProviderTokenVerifier implements BearerTokenVerifier {

    private static final Logger LOG = Logger.getLogger(ProviderTokenVerifier.class.getName());

    @Inject
    OidcProvider provider;

    @Inject
    TokenSignInService tokens;

    @Override
    public Optional<TokenSignInResult> verify(String token, ClientInfo client) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        String subject = null;
        if (OidcProvider.configured()) {
            try {
                subject = provider.subjectOfAccessToken(token);
            } catch (OidcProvider.OidcException e) {
                LOG.log(Level.INFO, "A provider's token was refused: {0}", e.getMessage());
            }
        }
        return Optional.of(tokens.signInBySubject(subject, client));
    }
}
