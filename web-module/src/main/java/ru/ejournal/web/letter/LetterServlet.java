package ru.ejournal.web.letter;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.LocaleView;
import ru.ejournal.web.common.PageParams;
import ru.ejournal.web.common.ServletTexts;

/**
 * The information letter as a PDF a browser opens: {@code letter.pdf?student=…&period=…&comment=…} or
 * {@code ?class=…} for the whole class; {@code from=2026-10-01&to=2026-10-15} (ISO dates) instead of
 * {@code period} for a date range. Under {@code /teacher/} and {@code /parent/}, so that the
 * container's security constraints apply; the service checks the rest.
 */
@WebServlet(urlPatterns = {"/teacher/letter.pdf", "/parent/letter.pdf"})
public class LetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterService letters;

    @Inject
    LocaleView viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Long period = PageParams.id(request.getParameter("period"));
            Long student = PageParams.id(request.getParameter("student"));
            Long schoolClass = PageParams.id(request.getParameter("class"));
            LocalDate from = date(request, "from");
            LocalDate to = date(request, "to");
            boolean range = request.getParameter("from") != null || request.getParameter("to") != null;
            String comment = request.getParameter("comment");
            if ((period == null && !range) || (student == null && schoolClass == null)) {
                ServletTexts.refuse(response, HttpServletResponse.SC_BAD_REQUEST, text("download.letter.choose"));
                return;
            }
            if (range && (from == null || to == null)) {
                ServletTexts.refuse(response, HttpServletResponse.SC_BAD_REQUEST, text("download.letter.dates"));
                return;
            }
            byte[] pdf;
            if (range) {
                pdf = student != null
                        ? letters.studentPdf(student, from, to, comment)
                        : letters.classPdf(schoolClass, from, to, comment);
            } else {
                pdf = student != null
                        ? letters.studentPdf(student, period, comment)
                        : letters.classPdf(schoolClass, period, comment);
            }
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"letter.pdf\"");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } catch (BusinessException e) {
            ServletTexts.refuse(response, HttpServletResponse.SC_BAD_REQUEST, Feedback.message(e, viewer.getLocale()));
        } catch (AccessDeniedException | EJBAccessException e) {
            ServletTexts.refuse(
                    response, HttpServletResponse.SC_FORBIDDEN, Texts.text(viewer.getLocale(), "common.noAccess"));
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                ServletTexts.refuse(
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        violations.getConstraintViolations().stream()
                                .map(v -> Feedback.message(v, viewer.getLocale()))
                                .collect(Collectors.joining("; ")));
            } else {
                throw e;
            }
        }
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String text(String key) {
        return ServletTexts.text(viewer.getLocale(), "journal", key);
    }
}
