package ru.ejournal.web.journal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ejournal.journal.boundary.GradeBookPage;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.web.common.LocaleView;
import ru.ejournal.web.common.PageEtag;

/**
 * The journal grid answers {@code 304 Not Modified} when nothing it shows has changed ({@link PageEtag}): the
 * grid (every cell with its stamp, the lessons, the averages) is read by the one service call that also
 * renders it ({@link GradeBookService#page}, handed to {@link GradeBookView} through the request). After a 304
 * the page keeps the view it was rendered with, whose cell stamps are still the current ones.
 */
@WebFilter(filterName = "GradeBookEtagFilter", urlPatterns = "/teacher/gradebook.xhtml")
public class GradeBookEtagFilter extends HttpFilter {

    /** Request attribute through which the filter hands what it read to {@link GradeBookView}. */
    static final String PAGE = GradeBookEtagFilter.class.getName() + ".page";

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradeBookService gradeBook;

    @Inject
    transient LocaleView locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PageEtag.applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        String digest;
        try {
            GradeBookPage page = gradeBook.page(
                    GradeBookView.longParam(request.getParameter("assignment")),
                    GradeBookView.longParam(request.getParameter("period")));
            request.setAttribute(PAGE, page);
            digest = PageEtag.digest(request, String.valueOf(locale.getLocale()), page.toString());
        } catch (RuntimeException e) {
            // a refusal or a bad parameter: the page itself reports it, as it always has
            chain.doFilter(request, response);
            return;
        }
        PageEtag.answer(request, response, chain, digest);
    }
}
