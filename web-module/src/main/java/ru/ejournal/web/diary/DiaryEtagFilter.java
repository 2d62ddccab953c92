package ru.ejournal.web.diary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.NoticeLine;
import ru.ejournal.diary.boundary.DiaryPage;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.web.common.PageEtag;
import ru.ejournal.web.common.PageEtagFilter;
import ru.ejournal.web.common.PageParams;

/**
 * The e-diary page answers {@code 304 Not Modified} when nothing it shows has changed ({@link PageEtag}): a
 * parents' evening is mostly the same parents reloading the same week. What the page shows is read by the one
 * service call that also renders it ({@link DiaryService#page}, handed to {@link DiaryView} through the request,
 * so a changed page costs no second read); a 304 still writes the visit, as that call logs it.
 */
@WebFilter(
        filterName = "DiaryEtagFilter",
        urlPatterns = {"/parent/diary.xhtml", "/student/diary.xhtml"})
public class DiaryEtagFilter extends PageEtagFilter {

    /** Request attributes through which the filter hands what it read to {@link DiaryView}. */
    static final String PAGE = DiaryEtagFilter.class.getName() + ".page";

    static final String NOTICES = DiaryEtagFilter.class.getName() + ".notices";

    private static final long serialVersionUID = 1L;

    @Inject
    transient DiaryService diary;

    @Inject
    transient AbsenceNoticeService notices;

    @Override
    protected String content(HttpServletRequest request) {
        DiaryPage page = diary.page(
                PageParams.id(request.getParameter("child")),
                DiaryView.weekParam(request.getParameter("week")),
                PageParams.id(request.getParameter("period")),
                locale.getLocale());
        List<NoticeLine> lines = request.isUserInRole("PARENT") && page.child() != null
                ? notices.ofStudent(page.child(), locale.getLocale())
                : List.of();
        request.setAttribute(PAGE, page);
        request.setAttribute(NOTICES, lines);
        return page + "\n" + lines;
    }
}
