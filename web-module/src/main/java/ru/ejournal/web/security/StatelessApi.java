package ru.ejournal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Set;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInService;

/**
 * HTTP Basic for the application's HTTP API without a web session (ASVS 3.5.x, 13.2): each request is
 * checked by {@link SignInService} (the same lockout, per-address throttle and visit log as the login
 * page) and its work runs as that caller for this request only; nothing is stored in a session, no
 * session cookie is sent, so a cookie can never be taken from the API to the pages. An account with a
 * one-time password is refused (403): it must change it on the login page first.
 */
@ApplicationScoped
public class StatelessApi {

    /** The request attribute that holds the login of the caller once {@link #serve} has let it in. */
    public static final String CALLER = "ejournal.apiCaller";

    @Inject
    SignInService signIn;

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
            refuse(response, 401, "Нужны логин и пароль администратора");
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
            refuse(response, 401, "Неверный заголовок Authorization");
            return;
        }
        SignInResult result = signIn.signIn(
                decoded.substring(0, colon), decoded.substring(colon + 1), DeviceCookie.clientOf(request));
        if (result.outcome() == SignInResult.Outcome.THROTTLED) {
            refuse(response, 429, "С этого адреса было слишком много неудачных попыток входа. Повторите позже");
            return;
        }
        if (!result.succeeded()) {
            refuse(response, 401, "Неверный логин или пароль");
            return;
        }
        if (result.mustChangePassword()) {
            refuse(
                    response,
                    403,
                    "У учётной записи одноразовый пароль: сначала смените его, войдя на сайт. До смены пароля доступ"
                            + " закрыт");
            return;
        }
        if (roles != null && result.roles().stream().noneMatch(roles::contains)) {
            refuse(response, 403, roleRefusal);
            return;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new ServletException("No security domain for the application");
        }
        SecurityIdentity identity = domain.createAdHocIdentity(new NamePrincipal(result.login()))
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(result.roles())));
        request.setAttribute(CALLER, result.login());
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

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        if (status == 401) {
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
