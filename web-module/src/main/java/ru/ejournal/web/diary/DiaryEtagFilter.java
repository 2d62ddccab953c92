package ru.ejournal.web.diary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import ru.ejournal.diary.boundary.DiaryRevision;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.web.common.PageEtag;
import ru.ejournal.web.common.PageEtagFilter;
import ru.ejournal.web.common.PageParams;

/**
 * The e-diary page answers {@code 304 Not Modified} when nothing it shows has changed ({@link PageEtag}): a
 * parents' evening is mostly the same parents reloading the same week. The page's version is one statement over
 * the diary's version stamps ({@link DiaryService#revision}), which database triggers bump with every change of
 * what the page shows, whoever writes it; a changed page is then read and rendered by {@link DiaryView} as before.
 * A 304 is written to the visit log as every view is.
 */
@WebFilter(
        filterName = "DiaryEtagFilter",
        urlPatterns = {"/parent/diary.xhtml", "/student/diary.xhtml"})
public class DiaryEtagFilter extends PageEtagFilter {

    private static final String CHILD = DiaryEtagFilter.class.getName() + ".child";

    private static final long serialVersionUID = 1L;

    @Inject
    transient DiaryService diary;

    @Override
    protected String content(HttpServletRequest request) {
        DiaryRevision revision = diary.revision(PageParams.id(request.getParameter("child")));
        if (revision == null) {
            return null;
        }
        request.setAttribute(CHILD, revision.child());
        return revision.version();
    }

    @Override
    protected void notModified(HttpServletRequest request) {
        if (request.getAttribute(CHILD) instanceof Long child) {
            diary.revisited(child);
        }
    }
}
