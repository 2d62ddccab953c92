package ru.ejournal.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ejournal.web.security.SecurityHeadersFilter;

/**
 * {@code 304 Not Modified} for a Faces page whose content has not changed since the browser last saw it,
 * without rendering it. The ETag is a digest of version stamps that database triggers bump with every change of
 * what the page shows (the e-diary's, a teacher's own grid's), or of what the page shows (any other grid's), read
 * from the database at every request by its page filter, so it can never be older than the data, whoever wrote it
 * (a screen, an import, a batch job's JDBC statement), and nothing is kept in memory that the nodes of a cluster
 * would have to share. The signed-in login, the language, the address and the deployment are part of the digest:
 * another person on the same browser, a switch of language or a new version of the application never match a copy
 * made for something else.
 *
 * <p>The page's scripts carry the Content-Security-Policy nonce of the response that rendered it, and a 304
 * updates the headers the browser stored with the page; so the ETag carries that nonce and a 304 repeats the
 * policy with it (instead of the nonce-less one {@link SecurityHeadersFilter} puts on other responses). The
 * page's Faces view state stays the one of that response, as with the browser's back button.
 */
public final class PageEtag {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern TAG = Pattern.compile("W/\"([0-9a-f]+)\\.([A-Za-z0-9+/=_-]+)\"");

    /** Changes with every deployment: a new version of a page never matches an old ETag. */
    private static final String DEPLOYMENT =
            Long.toString(System.nanoTime(), 36) + Long.toString(System.currentTimeMillis(), 36);

    private PageEtag() {}

    /** Whether the request may be answered from the browser's copy: a signed-in GET with no pending message. */
    public static boolean applies(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() == null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().startsWith("csfc")) {
                    return false; // a Faces flash message waits to be shown
                }
            }
        }
        return true;
    }

    /** The digest of a page: what it shows ({@code content}) for this person, language, address and version. */
    public static String digest(HttpServletRequest request, String locale, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {
                DEPLOYMENT,
                request.getUserPrincipal().getName(),
                locale,
                request.getRequestURI(),
                request.getQueryString(),
                content
            }) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers 304 if the browser's copy has this digest (and returns true); else renders the page through
     * {@code chain} with the digest as its ETag. Either way the browser is told to ask again before every use of
     * its copy.
     */
    public static boolean answer(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String digest)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "private, no-cache");
        Matcher seen = TAG.matcher(String.valueOf(request.getHeader("If-None-Match")));
        if (seen.find() && seen.group(1).equals(digest)) {
            String policy = response.getHeader(SecurityHeadersFilter.CSP);
            if (policy != null) {
                response.setHeader(SecurityHeadersFilter.CSP, withNonce(policy, seen.group(2)));
            }
            response.setHeader("ETag", seen.group());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        chain.doFilter(request, new Tagged(response, digest));
        return false;
    }

    /** The policy as PrimeFaces sends it with a page: {@code script-src} with the page's nonce. */
    static String withNonce(String policy, String nonce) {
        String quoted = Matcher.quoteReplacement("'nonce-" + nonce + "'");
        return policy.contains("'nonce-")
                ? NONCE.matcher(policy).replaceAll(quoted)
                : policy.replaceFirst("script-src", "script-src " + quoted);
    }

    /** Sets the ETag when PrimeFaces sets the page's policy, whose nonce the ETag carries. */
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
