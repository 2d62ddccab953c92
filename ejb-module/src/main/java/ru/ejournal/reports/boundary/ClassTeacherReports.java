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
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.reports.control.ClassTeacherReportFiles;
import ru.ejournal.reports.control.ComparedPeriods;
import ru.ejournal.reports.control.ReportRules;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.security.boundary.AccessControl;

/**
 * The class teacher's report for a period (issue 16): on the class summary sheet's results
 * ({@link TermReports#summarySheet}, which checks the caller), with the class's arrivals and departures, its
 * lists and figures, the comparison with the previous period and with the same period of last year, the
 * figures over the year's periods, and the report as Excel and PDF. The class's class teacher and the school's
 * deputy director and administrator; a subject teacher who only teaches the class is refused.
 */
@Stateless
@RolesAllowed({CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
public class ClassTeacherReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    TermReports termReports;

    @Inject
    ComparedPeriods periods;

    /** The class teacher's report of the class for the period (on the summary sheet's results). */
    public ClassTeacherReport classTeacherReport(
            @NotNull(message = "{reports.class.required}") Long classId,
            @NotNull(message = "{reports.period.required}") Long periodId) {
        SummarySheet sheet = termReports.summarySheet(classId, periodId);
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        List<ClassTeacherReport.Movement> arrivals = movements(classId, period, "ARRIVAL");
        List<ClassTeacherReport.Movement> departures = movements(classId, period, "DEPARTURE");
        List<String> honour = new ArrayList<>();
        List<String> good = new ArrayList<>();
        List<String> singleFour = new ArrayList<>();
        List<String> singleThree = new ArrayList<>();
        List<ClassTeacherReport.Listed> failing = new ArrayList<>();
        List<ClassTeacherReport.Listed> notAssessed = new ArrayList<>();
        List<ClassTeacherReport.Attendance> attendance = new ArrayList<>();
        for (SummarySheet.Pupil p : sheet.pupils()) {
            switch (p.standing()) {
                case HONOUR -> honour.add(p.name());
                case SINGLE_FOUR -> {
                    good.add(p.name());
                    singleFour.add(p.name());
                }
                case GOOD -> good.add(p.name());
                case SINGLE_THREE -> singleThree.add(p.name());
                case FAILING ->
                    failing.add(new ClassTeacherReport.Listed(
                            p.name(), subjectsWith(sheet, p, List.of("1", "2", MarkValue.FAIL)), null));
                case NOT_ASSESSED ->
                    notAssessed.add(new ClassTeacherReport.Listed(
                            p.name(),
                            subjectsWith(sheet, p, Arrays.asList(MarkValue.NOT_ASSESSED, null)),
                            Texts.text("reports.notAssessed.reason", p.missed(), p.missedIll())));
                default -> {}
            }
            attendance.add(new ClassTeacherReport.Attendance(
                    p.name(), p.missed(), p.missedIll(), ReportRules.percent(p.missedIll(), p.missed())));
        }
        int atEnd = sheet.pupils().size();
        return new ClassTeacherReport(
                classId,
                sheet.className(),
                periodId,
                sheet.periodName(),
                atEnd - arrivals.size() + departures.size(),
                atEnd,
                arrivals,
                departures,
                honour,
                good,
                singleFour,
                singleThree,
                failing,
                notAssessed,
                sheet.classTotal(),
                attendance,
                against(schoolClass(classId), periods.previousOfKind(period)),
                lastYearAgainst(schoolClass(classId), period));
    }

    private SchoolClass schoolClass(long classId) {
        return em.find(SchoolClass.class, classId);
    }

    /** The class's figures in that period, or null when there is no period or nothing computed there. */
    private ClassTeacherReport.Against against(SchoolClass schoolClass, StudyPeriod period) {
        if (schoolClass == null || period == null) {
            return null;
        }
        ReportRules.Tally figures = classFigures(schoolClass.getId(), period.getId());
        return figures == null
                ? null
                : new ClassTeacherReport.Against(period.getName(), schoolClass.getCode(), figures);
    }

    /** Against the same period of the previous year: the class of the same pupils then, one grade lower. */
    private ClassTeacherReport.Against lastYearAgainst(SchoolClass schoolClass, StudyPeriod period) {
        StudyPeriod then = periods.sameLastYear(period);
        if (then == null) {
            return null;
        }
        return against(classOfLastYear(schoolClass, then.getAcademicYear()), then);
    }

    private SchoolClass classOfLastYear(SchoolClass schoolClass, AcademicYear year) {
        return em.createQuery(
                        "SELECT c FROM SchoolClass c WHERE c.academicYear = :year AND c.grade = :grade"
                                + " AND c.letter = :letter",
                        SchoolClass.class)
                .setParameter("year", year)
                .setParameter("grade", schoolClass.getGrade() - 1)
                .setParameter("letter", schoolClass.getLetter())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A class's success, quality and СОУ in a period from its period_result rows; null when there are none. */
    private ReportRules.Tally classFigures(long classId, long periodId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT r.student_id, j.grading, r.result FROM period_result r"
                                + " JOIN subject j ON j.id = r.subject_id WHERE r.school_class_id = ?1 AND r.study_period_id = ?2")
                .setParameter(1, classId)
                .setParameter(2, periodId)
                .getResultList();
        return rows.isEmpty() ? null : tally(rows);
    }

    /**
     * Success, quality and СОУ of rows {@code (student_id, grading, result)}: each pupil's results, and the
     * results of graded (not pass/fail) subjects.
     */
    private static ReportRules.Tally tally(List<Object[]> rows) {
        Map<Long, List<String>> pupils = new HashMap<>();
        List<String> graded = new ArrayList<>();
        for (Object[] r : rows) {
            pupils.computeIfAbsent(TermReports.number(r[0]), k -> new ArrayList<>())
                    .add((String) r[2]);
            if (!"PASS_FAIL".equals(r[1])) {
                graded.add((String) r[2]);
            }
        }
        return ReportRules.ofPupils(pupils.values(), graded);
    }

    private static List<String> subjectsWith(SummarySheet sheet, SummarySheet.Pupil p, List<String> values) {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < sheet.subjects().size(); i++) {
            if (values.contains(p.results().get(i))) {
                subjects.add(sheet.subjects().get(i).name());
            }
        }
        return subjects;
    }

    private List<ClassTeacherReport.Movement> movements(long classId, StudyPeriod period, String kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT COALESCE(s.last_name, m.last_name),"
                                + " COALESCE(s.first_name, m.first_name), m.effective_date, m.order_number FROM movement_request m"
                                + " LEFT JOIN student s ON s.id = m.student_id WHERE (m.school_class_id = ?1"
                                + " OR (m.school_class_id IS NULL AND s.school_class_id = ?1)) AND m.kind = ?2"
                                + " AND m.status = 'EXECUTED' AND m.effective_date BETWEEN ?3 AND ?4 ORDER BY m.effective_date, m.id")
                .setParameter(1, classId)
                .setParameter(2, kind)
                .setParameter(3, Date.valueOf(period.getStartDate()))
                .setParameter(4, Date.valueOf(period.getEndDate()))
                .getResultList();
        return rows.stream()
                .map(r -> new ClassTeacherReport.Movement(
                        r[0] + " " + r[1], r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2], (String) r[3]))
                .toList();
    }

    /** A period's figures of a class (for the chart of a class's quality over the year's periods). */
    public record PeriodFigures(long periodId, String periodName, ReportRules.Tally figures)
            implements java.io.Serializable {}

    /** The class's success, quality and СОУ in each period of its year that period-analytics has computed. */
    public List<PeriodFigures> classOverYear(@NotNull(message = "{reports.class.required}") Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, AccessControl.Intent.WRITE);
        List<StudyPeriod> periods = em.createQuery(
                        "SELECT p FROM StudyPeriod p WHERE p.academicYear = :year ORDER BY p.startDate, p.endDate",
                        StudyPeriod.class)
                .setParameter("year", schoolClass.getAcademicYear())
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.study_period_id, r.student_id, j.grading, r.result"
                        + " FROM period_result r JOIN subject j ON j.id = r.subject_id WHERE r.school_class_id = ?1")
                .setParameter(1, classId)
                .getResultList();
        Map<Long, List<Object[]>> byPeriod = new HashMap<>();
        for (Object[] r : rows) {
            byPeriod.computeIfAbsent(TermReports.number(r[0]), k -> new ArrayList<>())
                    .add(new Object[] {r[1], r[2], r[3]});
        }
        return periods.stream()
                .filter(p -> byPeriod.containsKey(p.getId()))
                .sorted(Comparator.comparing((StudyPeriod p) -> p.getKind() == StudyPeriodKind.YEAR))
                .map(p -> new PeriodFigures(p.getId(), p.getName(), tally(byPeriod.get(p.getId()))))
                .toList();
    }

    /** The class teacher's report as an Excel workbook (.xlsx). */
    public byte[] classTeacherReportExcel(Long classId, Long periodId) {
        return ClassTeacherReportFiles.excel(classTeacherReport(classId, periodId));
    }

    /** The class teacher's report as an A4 PDF. */
    public byte[] classTeacherReportPdf(Long classId, Long periodId) {
        return ClassTeacherReportFiles.pdf(classTeacherReport(classId, periodId));
    }
}
