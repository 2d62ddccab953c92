package ru.ejournal.web.diary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.NoticeLine;
import ru.ejournal.diary.boundary.DiaryPage;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.web.common.LocaleView;
import ru.ejournal.web.security.SecurityHeadersFilter;

/**
 * {@code 304 Not Modified} for an e-diary page that has not changed since the browser last saw it, without
 * rendering it: a parents' evening is mostly the same parents reloading the same week.
 *
 * <p>The ETag is a digest of everything the page shows ({@link DiaryPage#digest}), read from the database at
 * every request by the same one service call that renders the page (handed to {@link DiaryView} through the
 * request, so a changed page costs no second read). It is therefore never older than the database, whoever
 * wrote the mark (a screen, an import, a batch job's JDBC correction), and it keeps nothing in memory that the
 * nodes of a cluster would have to share. The signed-in login, the language and the deployment are part of
 * it: another person on the same browser, a switch of language or a new version of the application never
 * get a page cached for something else. A 304 still writes the visit (the service call logs it).
 *
 * <p>The page's scripts carry the Content-Security-Policy nonce of the response that rendered it; a 304
 * updates the headers the browser stored with the page, so it repeats that response's policy (its nonce
 * travels in the ETag) instead of the nonce-less one {@link SecurityHeadersFilter} sets on other responses.
 */
@WebFilter(
        filterName = "DiaryEtagFilter",
        urlPatterns = {"/parent/diary.xhtml", "/student/diary.xhtml"})
public class DiaryEtagFilter extends HttpFilter {

    /** Request attributes through which the filter hands what it read to {@link DiaryView}. */
    static final String PAGE = DiaryEtagFilter.class.getName() + ".page";

    static final String NOTICES = DiaryEtagFilter.class.getName() + ".notices";

    private static final long serialVersionUID = 1L;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern TAG = Pattern.compile("W/\"([0-9a-f]+)\\.([A-Za-z0-9+/=_-]*)\"");

    /** Changes with every deployment: a new version of the page never matches an old ETag. */
    private final String deployment = Long.toString(System.nanoTime(), 36);

    @Inject
    transient DiaryService diary;

    @Inject
    transient AbsenceNoticeService notices;

    @Inject
    transient LocaleView locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() == null || hasFlash(request)) {
            chain.doFilter(request, response);
            return;
        }
        String digest;
        try {
            boolean parent = request.isUserInRole("PARENT");
            DiaryPage page = diary.page(
                    DiaryView.longParam(request.getParameter("child")),
                    DiaryView.weekParam(request.getParameter("week")),
                    DiaryView.longParam(request.getParameter("period")));
            List<NoticeLine> lines = parent && page.child() != null ? notices.ofStudent(page.child()) : List.of();
            request.setAttribute(PAGE, page);
            request.setAttribute(NOTICES, lines);
            digest = page.digest(
                    request.getUserPrincipal().getName(),
                    String.valueOf(locale.getLocale()),
                    deployment,
                    request.getRequestURI(),
                    lines.toString());
        } catch (RuntimeException e) {
            // a refusal or a bad parameter: the page itself reports it as it always has
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "private, no-cache");
        Matcher seen = TAG.matcher(String.valueOf(request.getHeader("If-None-Match")));
        if (seen.find() && seen.group(1).equals(digest) && !seen.group(2).isEmpty()) {
            String policy = response.getHeader(SecurityHeadersFilter.CSP);
            if (policy != null) {
                response.setHeader(SecurityHeadersFilter.CSP, withNonce(policy, seen.group(2)));
            }
            response.setHeader("ETag", seen.group());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, new Tagged(response, digest));
    }

    /** The policy PrimeFaces sends with a page: the configured one, its {@code script-src} with the nonce. */
    static String withNonce(String policy, String nonce) {
        return policy.contains("'nonce-")
                ? NONCE.matcher(policy).replaceAll("'nonce-" + Matcher.quoteReplacement(nonce) + "'")
                : policy.replaceFirst("script-src", Matcher.quoteReplacement("script-src 'nonce-" + nonce + "'"));
    }

    private static boolean hasFlash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().startsWith("csfc")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sets the ETag when PrimeFaces sets the page's policy, whose nonce it carries. */
    static final class Tagged extends HttpServletResponseWrapper {

        private final String digest;

        Tagged(HttpServletResponse response, String digest) {
            super(response);
            this.digest = digest;
        }

        @Override
        public void setHeader(String name, String value) {
            tag(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            tag(name, value);
            super.addHeader(name, value);
        }

        private void tag(String name, String value) {
            if (SecurityHeadersFilter.CSP.equalsIgnoreCase(name) && value != null) {
                Matcher nonce = NONCE.matcher(value);
                if (nonce.find()) {
                    super.setHeader("ETag", "W/\"" + digest + "." + nonce.group(1) + "\"");
                }
            }
        }
    }
}
