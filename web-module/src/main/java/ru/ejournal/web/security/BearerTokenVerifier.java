package ru.ejournal.web.security;

import java.util.Optional;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.TokenSignInResult;

/**
 * Who a bearer token of the API belongs to. Two kinds: the personal access tokens that families create on
 * {@code /account/tokens.xhtml} ({@link PersonalAccessTokenVerifier}, anything that is not a JWT) and the
 * identity provider's OAuth 2 access tokens ({@code oidc.ProviderTokenVerifier}, JWTs: signature, issuer,
 * audience and expiry, then the account linked to the subject). Each answers with the same
 * {@link TokenSignInResult} (the journal's roles, the family roles only). {@link StatelessApi#serveBearer} asks
 * every implementation in turn.
 */
public interface BearerTokenVerifier {

    /** Empty when the token is not of this verifier's kind; otherwise the verdict. */
    Optional<TokenSignInResult> verify(String token, ClientInfo client);
}
