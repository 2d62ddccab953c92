package ru.ejournal.web.journal;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.PersonalDataAudit;
import ru.ejournal.security.entity.PersonalDataKind;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.LocaleView;
import ru.ejournal.web.common.PageParams;
import ru.ejournal.web.common.ServletTexts;

/**
 * The journal grid as a file: {@code /teacher/gradebook.xlsx?assignment=…&period=…} (Excel, built with
 * Apache POI from the same grid the page shows) or {@code /teacher/gradebook.pdf} (for printing).
 */
@WebServlet(urlPatterns = {"/teacher/gradebook.xlsx", "/teacher/gradebook.pdf"})
public class GradeBookExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    @Inject
    GradeBookService gradeBook;

    @Inject
    PersonalDataAudit audit;

    @Inject
    LocaleView viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long assignment = PageParams.id(request.getParameter("assignment"));
        Long period = PageParams.id(request.getParameter("period"));
        if (assignment == null || period == null) {
            ServletTexts.refuse(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    text(viewer.getLocale(), "download.gradeBook.choose"));
            return;
        }
        try {
            boolean pdfRequested = request.getRequestURI().endsWith(".pdf");
            if (pdfRequested) {
                byte[] pdf = gradeBook.pdf(assignment, period);
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"gradebook.pdf\"");
                response.setContentLength(pdf.length);
                response.getOutputStream().write(pdf);
            } else {
                GradeBook book = gradeBook.load(assignment, period);
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"gradebook.xlsx\"");
                try (XSSFWorkbook workbook = excel(book, viewer.getLocale())) {
                    workbook.write(response.getOutputStream());
                }
            }
            // The grid is the page's too: only the files are audited, here, where both are served.
            audit.viewed(
                    pdfRequested ? PersonalDataKind.GRADE_BOOK_PDF : PersonalDataKind.GRADE_BOOK_EXPORT, assignment);
        } catch (BusinessException e) {
            ServletTexts.refuse(response, HttpServletResponse.SC_BAD_REQUEST, Feedback.message(e, viewer.getLocale()));
        } catch (AccessDeniedException | EJBAccessException e) {
            ServletTexts.refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    text(viewer.getLocale(), "download.gradeBook.noAccess"));
        }
    }

    static XSSFWorkbook excel(GradeBook book, Locale locale) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet(text(locale, "export.sheet"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(book.title() + ", " + book.periodName());
        title.getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(2);
        int c = 0;
        header.createCell(c++).setCellValue(text(locale, "export.student"));
        for (GradeBook.Column l : book.lessons()) {
            header.createCell(c++).setCellValue(l.date().format(DAY) + " (" + l.periodNo() + ")");
        }
        header.createCell(c++).setCellValue(text(locale, "export.average"));
        header.createCell(c++).setCellValue(text(locale, "export.proposed"));
        header.createCell(c).setCellValue(text(locale, "export.periodGrade"));
        header.forEach(cell -> cell.setCellStyle(bold));
        int r = 3;
        for (GradeBook.Row row : book.rows()) {
            Row line = sheet.createRow(r++);
            c = 0;
            line.createCell(c++).setCellValue(row.name());
            for (GradeBook.Column l : book.lessons()) {
                String text = row.cell(l.id()).text();
                if (text.length() == 1 && Character.isDigit(text.charAt(0))) {
                    line.createCell(c++).setCellValue(Integer.parseInt(text));
                } else {
                    line.createCell(c++).setCellValue(text);
                }
            }
            if (row.summary().average() != null) {
                line.createCell(c)
                        .setCellValue(row.summary()
                                .average()
                                .setScale(2, RoundingMode.HALF_UP)
                                .doubleValue());
            }
            c++;
            line.createCell(c++)
                    .setCellValue(
                            row.summary().proposed() == null
                                    ? ""
                                    : MarkValue.display(row.summary().proposed()));
            line.createCell(c).setCellValue(row.periodGrade() == null ? "" : row.periodGrade());
        }
        sheet.setColumnWidth(0, 36 * 256);
        return workbook;
    }

    private static String text(Locale locale, String key) {
        return ServletTexts.text(locale, "journal", key);
    }
}
