package ru.ejournal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
import ru.ejournal.common.control.Settings;
import ru.ejournal.common.control.Texts;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.boundary.TokenSignInResult;
import ru.ejournal.web.common.ServletTexts;

/**
 * HTTP Basic for the application's HTTP API without a web session (ASVS 3.5.x, 13.2): each request is
 * checked by {@link SignInService} (the same lockout, per-address throttle and visit log as the login
 * page) and its work runs as that caller for this request only; nothing is stored in a session, no
 * session cookie is sent, so a cookie can never be taken from the API to the pages. An account with a
 * one-time password is refused (403): it must change it on the login page first. The e-diary API
 * ({@code /api/v1}) takes bearer tokens instead ({@link #serveBearer}), on the same terms: per request, no
 * session, the session cookie ignored.
 */
@ApplicationScoped
public class StatelessApi {

    /** The request attribute that holds the login of the caller once {@link #serve} has let it in. */
    public static final String CALLER = "ejournal.apiCaller";

    @Inject
    SignInService signIn;

    @Inject
    @Any
    Instance<BearerTokenVerifier> verifiers;

    /** The work of a request, run as the caller. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException, ServletException;
    }

    /**
     * Authenticates the request's Basic credentials; refuses with 401/403 and a Russian reason, or runs
     * the work as the caller when the caller has one of the roles.
     */
    public void serve(
            HttpServletRequest request, HttpServletResponse response, Set<String> roles, String roleRefusal, Work work)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            refuse(response, 401, text("api.refusal.basicNeeded"));
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            refuse(response, 401, text("api.refusal.badHeader"));
            return;
        }
        SignInResult result = signIn.signIn(
                decoded.substring(0, colon), decoded.substring(colon + 1), DeviceCookie.clientOf(request));
        if (result.outcome() == SignInResult.Outcome.THROTTLED) {
            refuse(response, 429, text("api.refusal.throttled"));
            return;
        }
        if (!result.succeeded()) {
            refuse(response, 401, text("api.refusal.badCredentials"));
            return;
        }
        if (result.mustChangePassword()) {
            refuse(response, 403, text("api.refusal.oneTimePassword"));
            return;
        }
        if (roles != null && result.roles().stream().noneMatch(roles::contains)) {
            refuse(response, 403, roleRefusal);
            return;
        }
        runAs(request, result.login(), result.roles(), work);
    }

    /**
     * Authenticates the request's {@code Authorization: Bearer} token through the {@link BearerTokenVerifier}s
     * (a personal access token today); refuses with 401/403/429 and a Russian reason, or runs the work as the
     * token's account with its family roles only. A session cookie, if the request has one, opens nothing here.
     */
    public void serveBearer(HttpServletRequest request, HttpServletResponse response, Work work)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.substring(7).isBlank()) {
            refuseBearer(response, 401, text("api.refusal.tokenNeeded"));
            return;
        }
        String token = header.substring(7).trim();
        ClientInfo client = DeviceCookie.clientOf(request);
        TokenSignInResult result = null;
        for (BearerTokenVerifier verifier : verifiers) {
            Optional<TokenSignInResult> verdict = verifier.verify(token, client);
            if (verdict.isPresent()) {
                result = verdict.get();
                break;
            }
        }
        if (result == null) {
            refuseBearer(response, 401, text("api.refusal.unknownToken"));
            return;
        }
        switch (result.outcome()) {
            case SUCCESS -> runAs(request, result.login(), result.roles(), work);
            case THROTTLED -> refuse(response, 429, text("api.refusal.throttled"));
            case INVALID, BLOCKED -> refuseBearer(response, 401, text("api.refusal.badToken"));
            case REVOKED -> refuseBearer(response, 401, text("api.refusal.revoked"));
            case ONE_TIME_PASSWORD -> refuse(response, 403, text("api.refusal.oneTimePassword"));
            case NOT_FAMILY -> refuse(response, 403, text("api.refusal.notFamily"));
            case RATE_LIMITED -> {
                response.setHeader("Retry-After", "60");
                refuse(
                        response,
                        429,
                        text(
                                "api.refusal.rateLimited",
                                String.valueOf(Settings.getInt("ejournal.api.token.requests.per.minute", 120))));
            }
        }
    }

    private void runAs(HttpServletRequest request, String login, Set<String> roles, Work work)
            throws IOException, ServletException {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new ServletException("No security domain for the application");
        }
        SecurityIdentity identity = domain.createAdHocIdentity(new NamePrincipal(login))
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        request.setAttribute(CALLER, login);
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                work.run();
                return null;
            });
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException se) {
                throw se;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new ServletException(cause);
        }
    }

    /** The API answers in Russian, the journal's language (an API client chooses no language). */
    private static String text(String key, Object... args) {
        return ServletTexts.text(Texts.RUSSIAN, "api", key, args);
    }

    private static void refuseBearer(HttpServletResponse response, int status, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"ejournal\"");
        refuse(response, status, message);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        if (status == 401 && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ejournal\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
