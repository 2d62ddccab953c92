package ru.ejournal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response of the application (ASVS 14.4): a Content Security Policy that lets
 * scripts, styles, images and fonts come from the application only and forbids framing the pages
 * (click-jacking), {@code nosniff}, and no referrer to other sites.
 *
 * <p>The policy is the context parameter {@code primefaces.CSP_POLICY} of {@code web.xml}, one text for
 * both senders: on a Faces page PrimeFaces sends it with the page's script nonce appended to
 * {@code script-src} (the only inline scripts that run are those PrimeFaces wrote with that nonce; no
 * {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}); every other response (resources, the health check,
 * the API, container error pages) gets it from here as it is. The response seen by the rest of the chain
 * turns PrimeFaces' {@code addHeader} into a replacement, so that a page carries exactly one
 * {@code Content-Security-Policy} header (two would both be enforced, and the one without the nonce would
 * block PrimeFaces' scripts).
 */
@WebFilter(
        filterName = "SecurityHeadersFilter",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** Used if web.xml had no policy: the strictest that still lets the application's own files run. */
    static final String FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; script-src 'self'";

    private static final long serialVersionUID = 1L;

    private String policy;

    @Override
    public void init() throws ServletException {
        String configured = getServletContext().getInitParameter(POLICY_PARAMETER);
        policy = configured == null || configured.isBlank() ? FALLBACK_POLICY : configured.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which adding a Content-Security-Policy replaces the one already there. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
