package ru.ejournal.web.attendance;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.NoticePhoto;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.LocaleView;
import ru.ejournal.web.common.PageParams;
import ru.ejournal.web.common.ServletTexts;

/**
 * The photo of the document attached to a parent's absence notice: {@code notice-photo?notice=…}. Under
 * {@code /teacher/} and {@code /parent/}, so that the container's security constraints apply; the service
 * lets only the class teacher of the child's class and the child's parents read it.
 */
@WebServlet(urlPatterns = {"/teacher/notice-photo", "/parent/notice-photo"})
public class NoticePhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AbsenceNoticeService notices;

    @Inject
    LocaleView viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long notice = PageParams.id(request.getParameter("notice"));
        if (notice == null) {
            ServletTexts.refuse(response, HttpServletResponse.SC_BAD_REQUEST, text("download.notice.missing"));
            return;
        }
        try {
            NoticePhoto photo = notices.photo(notice);
            response.setContentType(photo.contentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader(
                    "Content-Disposition",
                    "inline; filename*=UTF-8''"
                            + URLEncoder.encode(photo.fileName(), StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
            response.setContentLength(photo.size());
            response.getOutputStream().write(photo.content());
        } catch (BusinessException e) {
            ServletTexts.refuse(response, HttpServletResponse.SC_NOT_FOUND, Feedback.message(e, viewer.getLocale()));
        } catch (AccessDeniedException | EJBAccessException e) {
            ServletTexts.refuse(
                    response, HttpServletResponse.SC_FORBIDDEN, Texts.text(viewer.getLocale(), "common.noAccess"));
        }
    }

    private String text(String key) {
        return ServletTexts.text(viewer.getLocale(), "journal", key);
    }
}
