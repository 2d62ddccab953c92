package ru.ejournal.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of a provider's access token on the API, with keys made here: a good token gives its subject; an
 * expired one, one of another issuer or audience, one signed by another key, an ID token, an unsigned one and
 * one signed with a shared secret are refused.
 */
class ProviderAccessTokenTest {

    static final String ISSUER = "https://id.example.org/realms/region";
    static final String AUDIENCE = "ejournal";

    static RSAKey key;
    static RSAKey otherKey;
    static JWKSource<SecurityContext> keys;

    @BeforeAll
    static void keys() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        keys = new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()));
    }

    static String token(RSAKey signer, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("subject-1")
                .audience(List.of("account"))
                .claim("azp", AUDIENCE)
                .claim("typ", "Bearer")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    static String check(String token) throws OidcProvider.OidcException {
        return OidcProvider.subjectOfAccessToken(token, ISSUER, AUDIENCE, keys);
    }

    @Test
    void goodTokenGivesItsSubject() throws Exception {
        assertEquals("subject-1", check(token(key, c -> c)));
        assertEquals("subject-1", check(token(key, c -> c.claim("azp", "x").audience(List.of(AUDIENCE)))));
    }

    @Test
    void refusals() throws Exception {
        List<String> bad = List.of(
                token(key, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(3600)))),
                token(key, c -> c.issuer("https://evil.example.org/realms/region")),
                token(key, c -> c.claim("azp", "other-app")),
                token(key, c -> c.claim("typ", "ID")),
                token(key, c -> c.subject(null)),
                token(otherKey, c -> c),
                new PlainJWT(new JWTClaimsSet.Builder()
                                .issuer(ISSUER)
                                .subject("subject-1")
                                .claim("azp", AUDIENCE)
                                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                                .build())
                        .serialize(),
                hmac());
        for (String token : bad) {
            assertThrows(OidcProvider.OidcException.class, () -> check(token), token);
        }
    }

    /** Signed with the public key's bytes as an HMAC secret: the classic algorithm confusion. */
    static String hmac() throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .subject("subject-1")
                        .claim("azp", AUDIENCE)
                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .build());
        byte[] secret = new byte[64];
        System.arraycopy(key.toPublicJWK().toJSONString().getBytes(), 0, secret, 0, 64);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
