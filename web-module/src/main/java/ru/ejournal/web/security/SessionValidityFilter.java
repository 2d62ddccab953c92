package ru.ejournal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import ru.ejournal.common.control.Settings;
import ru.ejournal.security.boundary.SessionCheck;

/**
 * Ends a signed-in session that may not go on (ASVS 3.3.1, 3.3.3): one that signed in before the
 * account's password was changed or reset (a change or reset ends every other session of the account),
 * one whose account was blocked, and one older than the absolute lifetime
 * {@code ejournal.session.absolute.hours} (12) whatever its activity. The session remembers only when it
 * signed in; the rest is asked of the database, so this holds on every server of a cluster.
 */
@WebFilter(filterName = "SessionValidityFilter", urlPatterns = "/*")
public class SessionValidityFilter extends HttpFilter {

    /** When the session signed in (an {@link Instant}); set only by {@link #signedIn}. */
    public static final String SIGNED_IN_AT = "ejournal.signedInAt";

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionCheck check;

    /**
     * After an own password change: a new session id and a new moment of signing in, so that this session
     * goes on while the others of the account end.
     */
    public static void signedIn(HttpServletRequest request) {
        renewId(request);
        markSignedIn(request);
    }

    /**
     * A new session id (ASVS 3.2.1): the login page calls it before it checks the password, so that the id
     * the browser had before (perhaps planted by someone else) is worth nothing, whichever way the sign-in
     * then answers (to the home page, or back to the page first asked for).
     */
    public static void renewId(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
    }

    /** Remembers when the session signed in: the start of its absolute lifetime and of its credentials. */
    public static void markSignedIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(SIGNED_IN_AT, Instant.now());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && !isResource(request)) {
            Object at = session.getAttribute(SIGNED_IN_AT);
            Instant signedInAt = at instanceof Instant i ? i : null;
            if (signedInAt == null
                    || signedInAt
                            .plus(Duration.ofHours(Settings.getInt("ejournal.session.absolute.hours", 12)))
                            .isBefore(Instant.now())
                    || !check.stillValid(request.getUserPrincipal().getName(), signedInAt)) {
                end(request);
                redirectToLogin(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is invalidated below all the same
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException e) {
                // already invalidated
            }
        }
    }

    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .print("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\"" + login
                            + "\"/></partial-response>");
        } else {
            response.sendRedirect(login);
        }
    }

    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/health");
    }
}
