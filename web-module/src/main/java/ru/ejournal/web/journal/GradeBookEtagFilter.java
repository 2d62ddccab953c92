package ru.ejournal.web.journal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import ru.ejournal.journal.boundary.GradeBookPage;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.web.common.PageEtag;
import ru.ejournal.web.common.PageEtagFilter;
import ru.ejournal.web.common.PageParams;

/**
 * The journal grid answers {@code 304 Not Modified} when nothing it shows has changed ({@link PageEtag}). A teacher's
 * own grid is versioned by one statement over the version stamps database triggers keep
 * ({@link GradeBookService#revision}); any other grid (a class teacher's or the administration's reading) is read by
 * the one service call that also renders it ({@link GradeBookService#page}, handed to {@link GradeBookView} through
 * the request) and its content digested: every cell with its stamp, the lessons, the averages. After a 304 the page
 * keeps the view it was rendered with, whose cell stamps are still the current ones.
 */
@WebFilter(filterName = "GradeBookEtagFilter", urlPatterns = "/teacher/gradebook.xhtml")
public class GradeBookEtagFilter extends PageEtagFilter {

    /** Request attribute through which the filter hands what it read to {@link GradeBookView}. */
    static final String PAGE = GradeBookEtagFilter.class.getName() + ".page";

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradeBookService gradeBook;

    @Override
    protected String content(HttpServletRequest request) {
        Long assignment = PageParams.id(request.getParameter("assignment"));
        String stamps = gradeBook.revision(assignment);
        if (stamps != null) {
            return stamps;
        }
        GradeBookPage page = gradeBook.page(assignment, PageParams.id(request.getParameter("period")));
        request.setAttribute(PAGE, page);
        return page.toString();
    }
}
