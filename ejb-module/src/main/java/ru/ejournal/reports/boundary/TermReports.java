package ru.ejournal.reports.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.reports.control.ReportRules;
import ru.ejournal.reports.control.SummarySheetFiles;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The term-end reports (issue 16) on the period-analytics job's rows ({@code period_result}): the class
 * summary sheet on the screen and as Excel and PDF. A class's reports are its class teacher's and the
 * school's deputy director's and administrator's; a subject teacher who only teaches the class is refused.
 */
@Stateless
@RolesAllowed({CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
public class TermReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    public SummarySheet summarySheet(
            @NotNull(message = "Не выбран класс") Long classId,
            @NotNull(message = "Не выбран учебный период") Long periodId) {
        // WRITE: the class teacher and the school-wide staff, as for the class's own records
        SchoolClass schoolClass = access.checkClass(classId, AccessControl.Intent.WRITE);
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null
                || !Objects.equals(
                        period.getSchool().getId(), schoolClass.getSchool().getId())) {
            throw new AccessDeniedException("Нет доступа к этому учебному периоду");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.student_id, s.last_name, s.first_name, r.subject_id,"
                        + " j.name, j.grading, r.result, r.missed, r.missed_ill, r.missed_excused, r.missed_unexcused,"
                        + " r.late FROM period_result r JOIN student s ON s.id = r.student_id"
                        + " JOIN subject j ON j.id = r.subject_id WHERE r.school_class_id = ?1 AND r.study_period_id = ?2"
                        + " ORDER BY s.last_name, s.first_name, s.id")
                .setParameter(1, classId)
                .setParameter(2, periodId)
                .getResultList();
        Map<Long, SummarySheet.Subject> subjects = new java.util.TreeMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<Long, String>> results = new LinkedHashMap<>();
        Map<Long, int[]> missed = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long student = number(r[0]);
            long subject = number(r[3]);
            subjects.putIfAbsent(subject, new SummarySheet.Subject(subject, (String) r[4], "PASS_FAIL".equals(r[5])));
            names.putIfAbsent(student, r[1] + " " + r[2]);
            results.computeIfAbsent(student, k -> new LinkedHashMap<>()).put(subject, (String) r[6]);
            int[] m = missed.computeIfAbsent(student, k -> new int[5]);
            for (int i = 0; i < 5; i++) {
                m[i] += (int) number(r[7 + i]);
            }
        }
        // in Java, not by the database's collation: the same order on H2 and PostgreSQL
        List<Map.Entry<Long, String>> ordered = names.entrySet().stream()
                .sorted(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<SummarySheet.Subject> columns = subjects.values().stream()
                .sorted(java.util.Comparator.comparing(SummarySheet.Subject::name)
                        .thenComparing(SummarySheet.Subject::id))
                .toList();
        List<SummarySheet.Pupil> pupils = new ArrayList<>();
        List<List<String>> allResults = new ArrayList<>();
        List<String> allGraded = new ArrayList<>();
        List<String> withoutResult = new ArrayList<>();
        for (Map.Entry<Long, String> e : ordered) {
            Map<Long, String> own = results.get(e.getKey());
            List<String> line = new ArrayList<>();
            List<String> graded = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (SummarySheet.Subject s : columns) {
                String result = own.get(s.id());
                line.add(result);
                if (!s.passFail()) {
                    graded.add(result);
                }
                if (result == null || MarkValue.NOT_ASSESSED.equals(result)) {
                    missing.add(s.name());
                }
            }
            if (!missing.isEmpty()) {
                withoutResult.add(e.getValue() + ": " + String.join(", ", missing));
            }
            allResults.add(own.values().stream().toList());
            allGraded.addAll(graded);
            int[] m = missed.get(e.getKey());
            pupils.add(new SummarySheet.Pupil(
                    e.getKey(),
                    e.getValue(),
                    line,
                    ReportRules.averageOfResults(graded),
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    m[4],
                    ReportRules.standing(own.values())));
        }
        List<ReportRules.Tally> totals = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            totals.add(ReportRules.ofResults(
                    pupils.stream()
                            .map(p -> p.results().get(column))
                            .filter(Objects::nonNull)
                            .toList(),
                    columns.get(i).passFail()));
        }
        return new SummarySheet(
                classId,
                schoolClass.getCode(),
                periodId,
                period.getName(),
                columns,
                pupils,
                totals,
                ReportRules.ofPupils(
                        allResults, allGraded.stream().filter(Objects::nonNull).toList()),
                withoutResult);
    }

    /** The summary sheet as an Excel workbook (.xlsx). */
    public byte[] summarySheetExcel(Long classId, Long periodId) {
        return SummarySheetFiles.excel(summarySheet(classId, periodId));
    }

    /** The summary sheet as a landscape A4 PDF. */
    public byte[] summarySheetPdf(Long classId, Long periodId) {
        return SummarySheetFiles.pdf(summarySheet(classId, periodId));
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
