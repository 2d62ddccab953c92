package ru.ejournal.web.security.oidc;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Settings;
import ru.ejournal.security.boundary.ExternalIdentityService;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.web.home.HomeView;
import ru.ejournal.web.security.AccountIdentityStore;
import ru.ejournal.web.security.DeviceCookie;
import ru.ejournal.web.security.LoginView;
import ru.ejournal.web.security.SessionValidityFilter;

/**
 * The authorization code flow with PKCE against the region's identity provider ({@link OidcProvider}).
 *
 * <ul>
 *   <li>{@code /oidc/start}: a new state, nonce and code verifier in the session, the browser sent to the
 *       provider; {@code /oidc/start?link=1} does the same for a signed-in person who links their provider
 *       identity to their account.
 *   <li>{@code /oidc/callback}: the state must be the session's (once), the code is exchanged with the verifier,
 *       the ID token checked. A sign-in goes through the application's own authentication mechanism (the form's,
 *       with a {@link ProviderSubjectCredential}): a new session id, the same visit log, throttle, blocked-account
 *       refusal, idle timeouts and one-time password rule as the login page. A subject linked to no account goes
 *       back to the login page with a message; nothing is created.
 * </ul>
 */
@WebServlet(urlPatterns = {"/oidc/start", "/oidc/callback"})
public class OidcServlet extends HttpServlet {

    /** Where the login page and the link page find the outcome to show (a message key of {@code msg}). */
    public static final String MESSAGE = "ejournal.oidcMessage";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FLOW = "ejournal.oidcFlow";

    /** What the session keeps between the two legs of the flow. */
    record Flow(String state, String nonce, String verifier, boolean link) implements java.io.Serializable {}

    @Inject
    transient OidcProvider provider;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient ExternalIdentityService identities;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!OidcProvider.configured()) {
            response.sendError(404);
            return;
        }
        if (request.getServletPath().equals("/oidc/start")) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean link = request.getParameter("link") != null;
        if (link && request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        DeviceCookie.ensure(request, response);
        Flow flow = new Flow(random(), random(), random() + random(), link);
        request.getSession(true).setAttribute(FLOW, flow);
        try {
            response.sendRedirect(
                    provider.authorizationUrl(redirectUri(request), flow.state(), flow.nonce(), challenge(flow)));
        } catch (OidcProvider.OidcException e) {
            LOG.log(Level.WARNING, "The identity provider cannot be reached", e);
            back(request, response, link, "oidc.unavailable");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Flow flow = session == null ? null : (Flow) session.getAttribute(FLOW);
        if (flow == null
                || request.getParameter("state") == null
                || !flow.state().equals(request.getParameter("state"))) {
            back(request, response, false, "oidc.failed");
            return;
        }
        session.removeAttribute(FLOW); // a state serves once
        if (request.getParameter("error") != null || request.getParameter("code") == null) {
            back(
                    request,
                    response,
                    flow.link(),
                    "access_denied".equals(request.getParameter("error")) ? "oidc.cancelled" : "oidc.failed");
            return;
        }
        String subject;
        try {
            subject = provider.subjectFromCode(
                    request.getParameter("code"), redirectUri(request), flow.verifier(), flow.nonce());
        } catch (OidcProvider.OidcException e) {
            LOG.log(Level.WARNING, "The identity provider's answer was refused", e);
            back(request, response, flow.link(), "oidc.failed");
            return;
        }
        if (flow.link()) {
            link(request, response, subject);
        } else {
            signIn(request, response, subject);
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, String subject) throws IOException {
        SessionValidityFilter.renewId(request);
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new ProviderSubjectCredential(subject))
                        .newAuthentication(true));
        SignInResult result = (SignInResult) request.getAttribute(AccountIdentityStore.RESULT_ATTRIBUTE);
        if (result == null || !result.succeeded()) {
            String key = result == null
                    ? "oidc.failed"
                    : switch (result.outcome()) {
                        case UNKNOWN_SUBJECT -> "oidc.unknown";
                        case THROTTLED -> "oidc.throttled";
                        case BLOCKED -> "oidc.blocked";
                        default -> "oidc.failed";
                    };
            back(request, response, false, key);
            return;
        }
        LoginView.afterSignIn(request, result);
        if (status == AuthenticationStatus.SEND_CONTINUE || response.isCommitted()) {
            return; // the mechanism sends the browser back to the page first asked for
        }
        String outcome = result.mustChangePassword() ? "/account/password" : HomeView.homeOf(result.roles()::contains);
        int query = outcome.indexOf('?');
        String page = query < 0 ? outcome : outcome.substring(0, query);
        response.sendRedirect(request.getContextPath() + page + (page.endsWith(".xhtml") ? "" : ".xhtml"));
    }

    private void link(HttpServletRequest request, HttpServletResponse response, String subject) throws IOException {
        if (request.getUserPrincipal() == null) {
            back(request, response, false, "oidc.failed");
            return;
        }
        String key = "oidc.linked";
        try {
            identities.linkMine(subject);
        } catch (EJBException | BusinessException e) {
            Throwable cause = e instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException()
                    : e;
            key = cause instanceof BusinessException ? "oidc.taken" : "oidc.failed";
        }
        back(request, response, true, key);
    }

    /** To the login page (a sign-in) or the link page (a link), with a message for it to show. */
    private static void back(HttpServletRequest request, HttpServletResponse response, boolean link, String key)
            throws IOException {
        request.getSession(true).setAttribute(MESSAGE, key);
        response.sendRedirect(request.getContextPath() + (link ? "/account/identity.xhtml" : "/login.xhtml"));
    }

    /** {@code ejournal.oidc.redirect.uri}, or this server's {@code /oidc/callback} as the browser reached it. */
    static String redirectUri(HttpServletRequest request) {
        return Settings.get("ejournal.oidc.redirect.uri").orElseGet(() -> {
            StringBuilder uri =
                    new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
            int port = request.getServerPort();
            if (!(port == 80 && "http".equals(request.getScheme()))
                    && !(port == 443 && "https".equals(request.getScheme()))) {
                uri.append(':').append(port);
            }
            return uri.append(request.getContextPath()).append("/oidc/callback").toString();
        });
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(Flow flow) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(flow.verifier().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
