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
 * A page reads what it shows in {@link #content}, by the one service call that also renders it (handed to the
 * page bean through the request, so a changed page costs no second read).
 */
public abstract class PageEtagFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    protected transient LocaleView locale;

    /**
     * Reads what the page shows, hands it to the page bean through the request and returns it as text for the
     * digest. A refusal or a bad parameter (any runtime exception) is left to the page, which reports it.
     */
    protected abstract String content(HttpServletRequest request);

    @Override
    protected final void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PageEtag.applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        String digest;
        try {
            digest = PageEtag.digest(request, String.valueOf(locale.getLocale()), content(request));
        } catch (RuntimeException e) {
            // a refusal or a bad parameter: the page itself reports it, as it always has
            chain.doFilter(request, response);
            return;
        }
        PageEtag.answer(request, response, chain, digest);
    }
}
