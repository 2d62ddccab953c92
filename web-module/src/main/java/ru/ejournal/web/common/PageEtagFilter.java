package ru.ejournal.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page filter that answers {@code 304 Not Modified} when nothing the page shows has changed ({@link PageEtag}).
 * {@link #content} says what the page's version is: the grid reads what it shows, by the one service call that also
 * renders it (handed to the page bean through the request, so a changed page costs no second read); the e-diary
 * reads only its version stamps.
 */
public abstract class PageEtagFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    protected transient LocaleView locale;

    /**
     * The page's version as text for the digest: what it shows, or a version of it that changes whenever that
     * does. Null, a refusal or a bad parameter (any runtime exception) leaves the request to the page, which
     * renders it without an ETag (and reports a refusal as it always has).
     */
    protected abstract String content(HttpServletRequest request);

    /** Called when the request was answered 304 from the browser's copy. */
    protected void notModified(HttpServletRequest request) {}

    @Override
    protected final void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PageEtag.applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        String content;
        try {
            content = content(request);
        } catch (RuntimeException e) {
            content = null;
        }
        if (content == null) {
            // a refusal or a bad parameter: the page itself reports it, as it always has
            chain.doFilter(request, response);
            return;
        }
        String digest = PageEtag.digest(request, String.valueOf(locale.getLocale()), content);
        if (PageEtag.answer(request, response, chain, digest)) {
            notModified(request);
        }
    }
}
