package ru.ejournal.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.Settings;
import ru.ejournal.web.common.Feedback;

/**
 * The region's OpenID Connect provider: its settings, its discovery document and keys (fetched on first use and
 * kept; the key set is refreshed by Nimbus when a token names an unknown key), the authorization request with
 * PKCE, the code-for-tokens exchange (client secret sent in the body when one is set) and the checks of the ID
 * token (signature, issuer, audience = our client, expiry, nonce) and of an access token for the API (signature,
 * issuer, expiry, audience or authorized party = our API audience, not an ID token).
 */
@ApplicationScoped
public class OidcProvider {

    /** The algorithms the provider may sign with; "none" and the HMAC ones are never accepted. */
    static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private volatile Discovery discovery;

    /** What the provider's discovery document says; the key source is built from its {@code jwks_uri}. */
    public record Discovery(
            String issuer,
            String authorizationEndpoint,
            String tokenEndpoint,
            String endSessionEndpoint,
            JWKSource<SecurityContext> keys) {}

    /** A token answer that could not be used: the login page says only that the provider's answer failed. */
    public static class OidcException extends Exception {
        private static final long serialVersionUID = 1L;

        public OidcException(String message, Throwable cause) {
            super(message, cause);
        }

        public OidcException(String message) {
            super(message);
        }
    }

    /** On when an issuer and a client id are set ({@code ejournal.oidc.issuer}, {@code ejournal.oidc.client.id}). */
    public static boolean configured() {
        return Settings.get("ejournal.oidc.issuer").isPresent()
                && Settings.get("ejournal.oidc.client.id").isPresent();
    }

    public static String issuer() {
        String issuer = Settings.get("ejournal.oidc.issuer").orElseThrow();
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    public static String clientId() {
        return Settings.get("ejournal.oidc.client.id").orElseThrow();
    }

    /** The provider's name on the button («Войти через …»); by default "the regional portal" of the page's bundle. */
    public static String label() {
        return Settings.get("ejournal.oidc.label").orElseGet(() -> Feedback.text("msg", "oidc.label.default"));
    }

    /** Whom an API access token must be for: its {@code aud} contains it, or its {@code azp} is it. */
    public static String apiAudience() {
        return Settings.get("ejournal.oidc.api.audience").orElseGet(OidcProvider::clientId);
    }

    public Discovery discovery() throws OidcException {
        Discovery known = discovery;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovery == null) {
                JsonObject doc = getJson(issuer() + "/.well-known/openid-configuration");
                String issuer = doc.getString("issuer", null);
                if (!issuer().equals(issuer)) {
                    throw new OidcException("The discovery document names another issuer: " + issuer);
                }
                try {
                    discovery = new Discovery(
                            issuer,
                            doc.getString("authorization_endpoint"),
                            doc.getString("token_endpoint"),
                            doc.getString("end_session_endpoint", null),
                            JWKSourceBuilder.create(URI.create(doc.getString("jwks_uri"))
                                            .toURL())
                                    .build());
                } catch (IOException | RuntimeException e) {
                    throw new OidcException("Bad discovery document", e);
                }
            }
            return discovery;
        }
    }

    /** The address to send the browser to: the code flow with PKCE S256, state and nonce. */
    public String authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge)
            throws OidcException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        String endpoint = discovery().authorizationEndpoint();
        return endpoint + (endpoint.contains("?") ? "&" : "?") + form(query);
    }

    /** Exchanges the code (with the PKCE verifier) and returns the ID token's checked subject. */
    public String subjectFromCode(String code, String redirectUri, String codeVerifier, String nonce)
            throws OidcException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("client_id", clientId());
        body.put("code_verifier", codeVerifier);
        Settings.get("ejournal.oidc.client.secret").ifPresent(secret -> body.put("client_secret", secret));
        HttpRequest request = HttpRequest.newBuilder(URI.create(discovery().tokenEndpoint()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        JsonObject answer = send(request);
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new OidcException("No ID token in the token answer: " + answer.getString("error", "?"));
        }
        JWTClaimsSet claims = verify(
                idToken,
                new DefaultJWTClaimsVerifier<>(
                        clientId(),
                        new JWTClaimsSet.Builder()
                                .issuer(discovery().issuer())
                                .claim("nonce", nonce)
                                .build(),
                        Set.of("sub", "exp", "iat")));
        return claims.getSubject();
    }

    /**
     * The subject of an access token sent to the API, or an exception when any check fails: signed by the
     * provider's key, its issuer, not expired (a minute of clock skew), for our API, and not an ID token.
     */
    public String subjectOfAccessToken(String token) throws OidcException {
        Discovery provider = discovery();
        return subjectOfAccessToken(token, provider.issuer(), apiAudience(), provider.keys());
    }

    static String subjectOfAccessToken(String token, String issuer, String audience, JWKSource<SecurityContext> keys)
            throws OidcException {
        JWTClaimsSet claims = verify(
                token,
                new DefaultJWTClaimsVerifier<>(
                        null, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")),
                keys);
        List<String> aud = claims.getAudience();
        Object azp = claims.getClaim("azp");
        if (!(aud != null && aud.contains(audience)) && !audience.equals(azp)) {
            throw new OidcException("The token is for another audience");
        }
        Object typ = claims.getClaim("typ");
        if (typ != null && !"Bearer".equalsIgnoreCase(typ.toString())) {
            throw new OidcException("Not an access token: " + typ);
        }
        return claims.getSubject();
    }

    JWTClaimsSet verify(String token, DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier) throws OidcException {
        return verify(token, claimsVerifier, discovery().keys());
    }

    static JWTClaimsSet verify(
            String token, DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier, JWKSource<SecurityContext> keys)
            throws OidcException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(claimsVerifier);
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("Token refused: " + e.getMessage(), e);
        }
    }

    private JsonObject getJson(String url) throws OidcException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    private JsonObject send(HttpRequest request) throws OidcException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject json = reader.readObject();
                if (response.statusCode() != 200) {
                    throw new OidcException(request.uri() + " answered " + response.statusCode() + ": " + json);
                }
                return json;
            }
        } catch (IOException | RuntimeException e) {
            throw new OidcException("The provider did not answer: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("Interrupted", e);
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
