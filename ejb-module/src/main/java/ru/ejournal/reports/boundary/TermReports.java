package ru.ejournal.reports.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;

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
import ru.ejournal.reports.control.ComparedPeriods;
import ru.ejournal.reports.control.ReportRules;
import ru.ejournal.reports.control.SchoolReportFiles;
import ru.ejournal.reports.control.SummarySheetFiles;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * The term-end reports (issue 16) on the period-analytics job's rows ({@code period_result}): the class
 * summary sheet on the screen and as Excel and PDF, the school report with its comparisons (on the screen and
 * as Excel and PDF), and the pupil's
 * report card. The class teacher's report, built on the summary sheet, is {@link ClassTeacherReports}. A class's reports are its class teacher's and the
 * school's deputy director's and administrator's; a subject teacher who only teaches the class is refused.
 */
@Stateless
@RolesAllowed({CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
public class TermReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ComparedPeriods periods;

    public SummarySheet summarySheet(
            @NotNull(message = "{reports.class.required}") Long classId,
            @NotNull(message = "{reports.period.required}") Long periodId) {
        // WRITE: the class teacher and the school-wide staff, as for the class's own records
        SchoolClass schoolClass = access.checkClass(classId, AccessControl.Intent.WRITE);
        StudyPeriod period = periodOf(schoolClass.getSchool().getId(), periodId);
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

    /**
     * What the school report of the period compares with: the previous period of the same kind and the same
     * period of the previous school year (see {@link SchoolComparison}).
     */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public SchoolComparison schoolComparison(
            @NotNull(message = "{reports.school.required}") Long schoolId,
            @NotNull(message = "{reports.period.required}") Long periodId) {
        access.checkSchool(schoolId, AccessControl.Intent.READ);
        StudyPeriod period = periodOf(schoolId, periodId);
        StudyPeriod previous = periods.previousOfKind(period);
        Map<String, ReportRules.Tally> before = new java.util.HashMap<>();
        if (previous != null) {
            SchoolReport then = schoolReport(schoolId, previous.getId());
            then.classes().forEach(l -> before.put(SchoolComparison.classKey(l.name()), l.figures()));
            putGradesAndSchool(before, then);
        }
        StudyPeriod lastYear = periods.sameLastYear(period);
        Map<String, ReportRules.Tally> yearBefore = new java.util.HashMap<>();
        if (lastYear != null) {
            SchoolReport then = schoolReport(schoolId, lastYear.getId());
            // a class against the class of the same pupils a year before: last year's 4А is this year's 5А
            Map<String, String> letters = new java.util.HashMap<>();
            em.createQuery("SELECT c FROM SchoolClass c WHERE c.academicYear = :year", SchoolClass.class)
                    .setParameter("year", lastYear.getAcademicYear())
                    .getResultStream()
                    .forEach(c -> letters.put(c.getCode(), (c.getGrade() + 1) + c.getLetter()));
            then.classes().forEach(l -> {
                String now = letters.get(l.name());
                if (now != null) {
                    yearBefore.put(SchoolComparison.classKey(now), l.figures());
                }
            });
            putGradesAndSchool(yearBefore, then);
        }
        return new SchoolComparison(
                previous == null || before.isEmpty() ? null : previous.getName(),
                before,
                lastYear == null || yearBefore.isEmpty()
                        ? null
                        : lastYear.getName() + ", " + lastYear.getAcademicYear().getName(),
                yearBefore);
    }

    /** The school report for the period: classes, grades, the school; subjects and teachers. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public SchoolReport schoolReport(
            @NotNull(message = "{reports.school.required}") Long schoolId,
            @NotNull(message = "{reports.period.required}") Long periodId) {
        access.checkSchool(schoolId, AccessControl.Intent.READ);
        StudyPeriod period = periodOf(schoolId, periodId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.school_class_id, c.code, c.grade, r.student_id,"
                        + " r.subject_id, j.name, j.grading, r.result FROM period_result r"
                        + " JOIN school_class c ON c.id = r.school_class_id JOIN subject j ON j.id = r.subject_id"
                        + " WHERE r.school_id = ?1 AND r.study_period_id = ?2")
                .setParameter(1, schoolId)
                .setParameter(2, periodId)
                .getResultList();
        Map<Long, String> classNames = new java.util.HashMap<>();
        Map<Long, Integer> classGrades = new java.util.HashMap<>();
        Map<Long, Map<Long, List<String>>> pupilsOfClass = new java.util.HashMap<>();
        Map<Long, List<String>> gradedOfClass = new java.util.HashMap<>();
        Map<String, List<String>> ofClassSubject = new java.util.HashMap<>();
        Map<Long, String> subjectNames = new java.util.HashMap<>();
        Map<Long, Boolean> passFail = new java.util.HashMap<>();
        for (Object[] r : rows) {
            long c = number(r[0]);
            long subject = number(r[4]);
            boolean pf = "PASS_FAIL".equals(r[6]);
            String result = (String) r[7];
            classNames.put(c, (String) r[1]);
            classGrades.put(c, (int) number(r[2]));
            subjectNames.put(subject, (String) r[5]);
            passFail.put(subject, pf);
            pupilsOfClass
                    .computeIfAbsent(c, k -> new java.util.HashMap<>())
                    .computeIfAbsent(number(r[3]), k -> new ArrayList<>())
                    .add(result);
            if (!pf) {
                gradedOfClass.computeIfAbsent(c, k -> new ArrayList<>()).add(result);
            }
            ofClassSubject
                    .computeIfAbsent(c + "|" + subject, k -> new ArrayList<>())
                    .add(result);
        }
        List<SchoolReport.Line> classes = new ArrayList<>();
        Map<Integer, ReportRules.Tally> grades = new java.util.TreeMap<>();
        ReportRules.Tally school = ReportRules.EMPTY;
        for (Map.Entry<Long, Map<Long, List<String>>> e : pupilsOfClass.entrySet()) {
            ReportRules.Tally t =
                    ReportRules.ofPupils(e.getValue().values(), gradedOfClass.getOrDefault(e.getKey(), List.of()));
            int grade = classGrades.get(e.getKey());
            classes.add(new SchoolReport.Line(classNames.get(e.getKey()), grade, t));
            grades.merge(grade, t, ReportRules.Tally::plus);
            school = school.plus(t);
        }
        classes.sort(java.util.Comparator.comparing(SchoolReport.Line::grade).thenComparing(SchoolReport.Line::name));
        List<SchoolReport.Line> gradeLines = grades.entrySet().stream()
                .map(e -> new SchoolReport.Line(String.valueOf(e.getKey()), e.getKey(), e.getValue()))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> assignments = em.createNativeQuery("SELECT DISTINCT t.school_class_id, t.subject_id,"
                        + " m.last_name, m.first_name, m.patronymic FROM teaching_assignment t"
                        + " JOIN staff_member m ON m.id = t.teacher_id JOIN school_class c ON c.id = t.school_class_id"
                        + " WHERE c.school_id = ?1")
                .setParameter(1, schoolId)
                .getResultList();
        List<SchoolReport.TeacherLine> teachers = new ArrayList<>();
        for (Object[] a : assignments) {
            long c = number(a[0]);
            long subject = number(a[1]);
            List<String> results = ofClassSubject.get(c + "|" + subject);
            if (results == null) {
                continue;
            }
            String teacher = a[2] + " " + a[3] + (a[4] == null ? "" : " " + a[4]);
            teachers.add(new SchoolReport.TeacherLine(
                    teacher,
                    subjectNames.get(subject),
                    classNames.get(c),
                    ReportRules.ofResults(results, passFail.get(subject))));
        }
        teachers.sort(java.util.Comparator.comparing(SchoolReport.TeacherLine::teacher)
                .thenComparing(SchoolReport.TeacherLine::subject)
                .thenComparing(SchoolReport.TeacherLine::className));
        return new SchoolReport(schoolId, periodId, period.getName(), classes, gradeLines, school, teachers);
    }

    /**
     * A pupil's report card: the parent of the pupil, the pupil themself, their class teacher and the
     * school-wide staff (another family is refused by {@link AccessControl#checkStudent}).
     */
    @RolesAllowed({PARENT, STUDENT, CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
    public ReportCard reportCard(@NotNull(message = "{reports.student.required}") Long studentId) {
        Student student = access.checkStudent(studentId, AccessControl.Intent.READ);
        if (access.callerHas(ru.ejournal.security.entity.Role.CLASS_TEACHER)
                && !access.callerHas(ru.ejournal.security.entity.Role.DEPUTY_DIRECTOR)
                && !access.callerHas(ru.ejournal.security.entity.Role.ADMIN)) {
            // a teacher who only teaches the pupil is refused: the class teacher's own class only
            access.checkClass(student.getSchoolClass().getId(), AccessControl.Intent.WRITE);
        }
        List<StudyPeriod> periods = em.createQuery(
                        "SELECT p FROM StudyPeriod p WHERE p.school = :school AND p.academicYear.current = TRUE"
                                + " ORDER BY p.startDate, p.endDate",
                        StudyPeriod.class)
                .setParameter("school", student.getSchool())
                .getResultStream()
                // the year's own column last
                .sorted(java.util.Comparator.comparing(
                        (StudyPeriod p) -> p.getKind() == ru.ejournal.school.entity.StudyPeriodKind.YEAR))
                .toList();
        Map<String, String> results = new java.util.HashMap<>();
        Map<Long, String> subjects = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> computed = em.createNativeQuery("SELECT r.subject_id, j.name, r.study_period_id, r.result"
                        + " FROM period_result r JOIN subject j ON j.id = r.subject_id WHERE r.student_id = ?1")
                .setParameter(1, studentId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> graded = em.createNativeQuery("SELECT g.subject_id, j.name, g.study_period_id, g.grade_value"
                        + " FROM period_grade g JOIN subject j ON j.id = g.subject_id WHERE g.student_id = ?1")
                .setParameter(1, studentId)
                .getResultList();
        for (List<Object[]> rows : List.of(computed, graded)) {
            for (Object[] r : rows) {
                subjects.put(number(r[0]), (String) r[1]);
                results.put(number(r[0]) + "|" + number(r[2]), (String) r[3]);
            }
        }
        List<ReportCard.Line> lines = subjects.entrySet().stream()
                .map(e -> new ReportCard.Line(
                        e.getValue(),
                        periods.stream()
                                .map(p -> results.get(e.getKey() + "|" + p.getId()))
                                .toList()))
                .sorted(java.util.Comparator.comparing(ReportCard.Line::subject))
                .toList();
        return new ReportCard(
                studentId,
                student.getLastName() + " " + student.getFirstName(),
                student.getSchoolClass().getCode(),
                periods.stream().map(StudyPeriod::getName).toList(),
                lines);
    }

    /** The summary sheet as an Excel workbook (.xlsx). */
    public byte[] summarySheetExcel(Long classId, Long periodId) {
        return SummarySheetFiles.excel(summarySheet(classId, periodId));
    }

    /** The summary sheet as a landscape A4 PDF. */
    public byte[] summarySheetPdf(Long classId, Long periodId) {
        return SummarySheetFiles.pdf(summarySheet(classId, periodId));
    }

    /** The school report with its comparisons as an Excel workbook (.xlsx), a sheet a table. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public byte[] schoolReportExcel(Long schoolId, Long periodId) {
        return SchoolReportFiles.excel(schoolReport(schoolId, periodId), schoolComparison(schoolId, periodId));
    }

    /** The school report with its comparisons as a landscape A4 PDF. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public byte[] schoolReportPdf(Long schoolId, Long periodId) {
        return SchoolReportFiles.pdf(schoolReport(schoolId, periodId), schoolComparison(schoolId, periodId));
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /** The school's period, or a refusal when it is not the school's. */
    private StudyPeriod periodOf(Long schoolId, Long periodId) {
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !Objects.equals(period.getSchool().getId(), schoolId)) {
            throw new AccessDeniedException("reports.period.noAccess");
        }
        return period;
    }

    /** The figures of the report's grades and, when it has any class, of its school, to compare with. */
    private static void putGradesAndSchool(Map<String, ReportRules.Tally> figures, SchoolReport then) {
        then.grades().forEach(l -> figures.put(SchoolComparison.gradeKey(l.grade()), l.figures()));
        if (!then.classes().isEmpty()) {
            figures.put(SchoolComparison.SCHOOL, then.school());
        }
    }
}
