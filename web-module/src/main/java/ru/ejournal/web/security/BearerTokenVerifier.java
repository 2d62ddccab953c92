package ru.ejournal.web.security;

import java.util.Optional;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.TokenSignInResult;

/**
 * Who a bearer token of the API belongs to. Today one kind: the personal access tokens that families create
 * on {@code /account/tokens.xhtml} ({@link PersonalAccessTokenVerifier}). The seam for the identity
 * provider's OAuth 2 access tokens (OpenID Connect, issue 15 part 2): a second implementation that claims the
 * JWTs (three dot-separated parts), checks signature, issuer, audience and expiry, maps the linked subject to
 * the journal's account and answers with the same {@link TokenSignInResult} (the journal's roles, the
 * family roles only). {@link StatelessApi#serveBearer} asks every implementation in turn.
 */
public interface BearerTokenVerifier {

    /** Empty when the token is not of this verifier's kind; otherwise the verdict. */
    Optional<TokenSignInResult> verify(String token, ClientInfo client);
}
