package ru.ejournal.monitoring.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.boundary.FirstRows;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.monitoring.control.MonitoringMessages;
import ru.ejournal.monitoring.control.RuleEvaluator;
import ru.ejournal.monitoring.control.RuleTexts;
import ru.ejournal.monitoring.control.ViolationQueries;
import ru.ejournal.monitoring.entity.Violation;
import ru.ejournal.monitoring.entity.ViolationReport;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.CallerIds;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.entity.StaffMember;

/**
 * Journal-completeness monitoring (D7): evaluates the rules, lists the violations to the deputy
 * director (the whole school), to the class teacher (their class) and to each teacher (their own),
 * reminds teachers, and takes the class teacher's reports to the deputy director.
 */
@Stateless
public class JournalMonitoringService {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final int MAX_PAGE = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    RuleEvaluator evaluator;

    @Inject
    ViolationQueries queries;

    @Inject
    MonitoringMessages messages;

    /** The caller's school, whose violations the screens show. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN, CLASS_TEACHER, SUBJECT_TEACHER})
    public Long mySchoolId() {
        return access.callerIds().schoolId();
    }

    /** Open violations of a school, newest first. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<Violation> openViolations(@NotNull Long schoolId, int first, int max) {
        School school = access.checkSchool(schoolId, Intent.READ);
        return em.createQuery("""
                        select v from Violation v
                        where v.school = :school and v.closedAt is null
                        order by v.arisenAt desc, v.id desc""", Violation.class)
                .setParameter("school", school)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Evaluates the rules now for a school (deputy director, administrator) or for the caller's own
     * class (class teacher); re-running never duplicates an open violation.
     */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN, CLASS_TEACHER})
    public EvaluationResult evaluate(@NotNull(message = "{monitoring.scope.required}") @Valid EvaluationScope scope) {
        authorize(scope.schoolId(), scope.classId());
        if (scope.from() != null && scope.to() != null && scope.from().isAfter(scope.to())) {
            throw new BusinessException("monitoring.scope.fromAfterTo");
        }
        return evaluator.evaluate(scope, LocalDate.now(ZONE), Instant.now());
    }

    /** A page of a school's violations; a class teacher must name their own class in the filter. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN, CLASS_TEACHER})
    public List<ViolationRow> violations(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.filter.required}") ViolationFilter filter,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int max) {
        authorize(schoolId, filter.classId());
        return queries.find(schoolId, filter, first, max);
    }

    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN, CLASS_TEACHER})
    public long countViolations(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.filter.required}") ViolationFilter filter) {
        authorize(schoolId, filter.classId());
        return queries.count(schoolId, filter);
    }

    /** Open violations of a school by rule (the deputy director's home page). */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public Map<ru.ejournal.monitoring.entity.ViolationRule, Long> openCountsByRule(
            @NotNull(message = "{monitoring.school.required}") Long schoolId) {
        School school = access.checkSchool(schoolId, Intent.READ);
        Map<ru.ejournal.monitoring.entity.ViolationRule, Long> counts =
                new java.util.EnumMap<>(ru.ejournal.monitoring.entity.ViolationRule.class);
        em.createQuery("""
                        select v.rule, count(v) from Violation v
                        where v.school = :school and v.closedAt is null group by v.rule""", Object[].class)
                .setParameter("school", school)
                .getResultList()
                .forEach(t -> counts.put((ru.ejournal.monitoring.entity.ViolationRule) t[0], (Long) t[1]));
        return counts;
    }

    /** The caller's own open violations and warnings (the teacher's home page). */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public List<ViolationRow> myViolations(@Min(1) @Max(MAX_PAGE) int max) {
        CallerIds caller = access.callerIds();
        if (caller.staffMemberId() == null) {
            return List.of();
        }
        return queries.find(caller.schoolId(), ViolationFilter.open().withTeacher(caller.staffMemberId()), 0, max);
    }

    /** {@link #myViolations} and {@link #countMyViolations} in one call: the teacher's home card. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public FirstRows<ViolationRow> myOpenViolations(@Min(1) @Max(MAX_PAGE) int max) {
        CallerIds caller = access.callerIds();
        if (caller.staffMemberId() == null) {
            return new FirstRows<>(List.of(), 0);
        }
        ViolationFilter mine = ViolationFilter.open().withTeacher(caller.staffMemberId());
        return new FirstRows<>(queries.find(caller.schoolId(), mine, 0, max), queries.count(caller.schoolId(), mine));
    }

    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public long countMyViolations() {
        CallerIds caller = access.callerIds();
        if (caller.staffMemberId() == null) {
            return 0;
        }
        return queries.count(caller.schoolId(), ViolationFilter.open().withTeacher(caller.staffMemberId()));
    }

    /** The classes the caller leads as class teacher in the current year. */
    @RolesAllowed({CLASS_TEACHER})
    public List<Choice> myClasses() {
        UserAccount caller = access.caller();
        if (caller.getStaffMember() == null) {
            return List.of();
        }
        return em.createQuery("""
                        select c from SchoolClass c
                        where c.classTeacher = :teacher and c.academicYear.current = true
                        order by c.grade, c.letter""", SchoolClass.class)
                .setParameter("teacher", caller.getStaffMember())
                .getResultStream()
                .map(c -> new Choice(c.getId(), c.getName()))
                .toList();
    }

    /** Teachers, classes, subjects and periods of the school, for the filters. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN, CLASS_TEACHER})
    public FilterOptions filterOptions(@NotNull(message = "{monitoring.school.required}") Long schoolId) {
        School school = access.checkSchool(schoolId, Intent.READ);
        List<Choice> teachers = em.createQuery("""
                        select distinct t from TeachingAssignment a join a.teacher t
                        where a.school = :school and a.academicYear.current = true""", StaffMember.class)
                .setParameter("school", school)
                .getResultStream()
                .sorted((a, b) -> a.fullName().compareTo(b.fullName()))
                .map(t -> new Choice(t.getId(), t.fullName()))
                .toList();
        List<Choice> classes = em.createNamedQuery("SchoolClass.findCurrentBySchool", SchoolClass.class)
                .setParameter("school", school)
                .getResultStream()
                .map(c -> new Choice(c.getId(), c.getName()))
                .toList();
        List<Choice> subjects = em.createQuery(
                        "select s.id, s.name from Subject s where s.school = :school order by s.name", Object[].class)
                .setParameter("school", school)
                .getResultStream()
                .map(s -> new Choice((Long) s[0], (String) s[1]))
                .toList();
        List<StudyPeriod> periods = currentPeriods(school);
        LocalDate today = LocalDate.now(ZONE);
        Long current = periods.stream()
                .filter(p -> p.getKind() != StudyPeriodKind.YEAR)
                .filter(p -> !p.getStartDate().isAfter(today))
                .reduce((a, b) -> b)
                .map(StudyPeriod::getId)
                .orElse(null);
        return new FilterOptions(
                teachers,
                classes,
                subjects,
                periods.stream().map(p -> new Choice(p.getId(), p.getName())).toList(),
                current);
    }

    /** «Напомнить»: sends the teacher a message from the caller with their open violations. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public int remind(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.teacher.required}") Long teacherId,
            @Size(max = 2000, message = "{monitoring.comment.size}") String comment) {
        School school = access.checkSchool(schoolId, Intent.READ);
        StaffMember teacher = em.find(StaffMember.class, teacherId);
        if (teacher == null || !teacher.getSchool().equals(school)) {
            throw new AccessDeniedException("common.noAccess");
        }
        List<ViolationRow> open = queries.find(schoolId, ViolationFilter.open().withTeacher(teacherId), 0, 200);
        if (open.isEmpty()) {
            throw new BusinessException("monitoring.remind.nothing");
        }
        List<UserAccount> accounts =
                messages.accountsOfStaff(List.of(teacherId)).getOrDefault(teacherId, List.of());
        if (accounts.isEmpty()) {
            throw new BusinessException("monitoring.remind.noAccount");
        }
        long total = queries.count(schoolId, ViolationFilter.open().withTeacher(teacherId));
        StringBuilder body = new StringBuilder();
        if (comment != null && !comment.isBlank()) {
            body.append(comment.strip()).append("\n\n");
        }
        body.append(Texts.text("monitoring.remind.body", total, RuleTexts.lines(open, 200)));
        messages.send(
                access.caller(), accounts, Texts.text("monitoring.remind.subject"), body.toString(), Instant.now());
        return (int) total;
    }

    /**
     * «Сообщить заместителю директора»: the class teacher's report on the open violations of their
     * class, with a comment; stored for the deputy director and sent to them as a message.
     */
    @RolesAllowed({CLASS_TEACHER})
    public Long report(
            @NotNull(message = "{monitoring.class.required}") Long classId,
            @NotBlank(message = "{monitoring.report.comment.required}")
                    @Size(max = 2000, message = "{monitoring.comment.size}")
                    String comment) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        UserAccount caller = access.caller();
        if (caller.getStaffMember() == null || !caller.getStaffMember().equals(schoolClass.getClassTeacher())) {
            throw new AccessDeniedException("monitoring.report.notClassTeacher");
        }
        Instant now = Instant.now();
        ViolationReport report = new ViolationReport(schoolClass, caller, comment.strip(), now);
        em.persist(report);
        em.flush();
        int count = em.createNativeQuery("""
                        INSERT INTO violation_report_item (report_id, violation_id)
                        SELECT ?1, v.id FROM violation v WHERE v.school_class_id = ?2 AND v.closed_at IS NULL""")
                .setParameter(1, report.getId())
                .setParameter(2, schoolClass.getId())
                .executeUpdate();
        report.setViolationCount(count);
        List<UserAccount> deputies = messages.deputies(schoolClass.getSchool());
        if (!deputies.isEmpty()) {
            List<ViolationRow> open = queries.find(
                    schoolClass.getSchool().getId(), ViolationFilter.open().withClass(classId), 0, 200);
            String body = comment.strip()
                    + Texts.text("monitoring.report.body", schoolClass.getName(), count, RuleTexts.lines(open, 200));
            messages.send(caller, deputies, Texts.text("monitoring.report.subject", schoolClass.getName()), body, now);
        }
        return report.getId();
    }

    /** The class teachers' reports of a school, newest first. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<ReportRow> reports(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int max) {
        School school = access.checkSchool(schoolId, Intent.READ);
        List<ViolationReport> reports = em.createNamedQuery("ViolationReport.findBySchool", ViolationReport.class)
                .setParameter("schoolId", school.getId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        Map<Long, Long> stillOpen = new HashMap<>();
        if (!reports.isEmpty()) {
            em.createQuery("""
                            select r.id, count(v) from ViolationReport r join r.violations v
                            where r.id in :reportIds and v.closedAt is null group by r.id""", Object[].class)
                    .setParameter(
                            "reportIds",
                            reports.stream().map(ViolationReport::getId).toList())
                    .getResultList()
                    .forEach(t -> stillOpen.put((Long) t[0], (Long) t[1]));
        }
        return reports.stream()
                .map(r -> new ReportRow(
                        r.getId(),
                        r.getSchoolClass().getName(),
                        r.getAuthor().getStaffMember() == null
                                ? r.getAuthor().getLogin()
                                : r.getAuthor().getStaffMember().fullName(),
                        r.getComment(),
                        r.getCreatedAt(),
                        r.getViolationCount(),
                        stillOpen.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public long countReports(@NotNull(message = "{monitoring.school.required}") Long schoolId) {
        access.checkSchool(schoolId, Intent.READ);
        return em.createNamedQuery("ViolationReport.countBySchool", Long.class)
                .setParameter("schoolId", schoolId)
                .getSingleResult();
    }

    /** For the chart: per week (Monday), the violations open at its end and those that arose in it. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<WeekCount> weeklyCounts(
            @NotNull(message = "{monitoring.school.required}") Long schoolId, @Min(1) @Max(60) int weeks) {
        access.checkSchool(schoolId, Intent.READ);
        LocalDate thisMonday = LocalDate.now(ZONE).with(DayOfWeek.MONDAY);
        Instant now = Instant.now();
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(schoolId);
        params.add(schoolId);
        for (int i = weeks - 1; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i);
            Instant start = monday.atStartOfDay(ZONE).toInstant();
            Instant end = monday.plusWeeks(1).atStartOfDay(ZONE).toInstant();
            values.append(values.length() == 0 ? "" : ", ")
                    .append("(CAST(?")
                    .append(params.size() + 1)
                    .append(" AS DATE), CAST(?")
                    .append(params.size() + 2)
                    .append(" AS TIMESTAMP), CAST(?")
                    .append(params.size() + 3)
                    .append(" AS TIMESTAMP))");
            params.add(java.sql.Date.valueOf(monday));
            params.add(utc(start));
            params.add(utc(end.isAfter(now) ? now : end));
        }
        var query = em.createNativeQuery("""
                SELECT w.monday,
                       (SELECT COUNT(*) FROM violation v WHERE v.school_id = ?1 AND v.arisen_at < w.week_end
                          AND (v.closed_at IS NULL OR v.closed_at >= w.week_end)),
                       (SELECT COUNT(*) FROM violation v WHERE v.school_id = ?2 AND v.arisen_at >= w.week_start
                          AND v.arisen_at < w.week_end)
                FROM (VALUES %s) AS w(monday, week_start, week_end)
                ORDER BY w.monday""".formatted(values));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<WeekCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] t = (Object[]) row;
            LocalDate monday = t[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) t[0];
            counts.add(new WeekCount(monday, ((Number) t[1]).longValue(), ((Number) t[2]).longValue()));
        }
        return counts;
    }

    /**
     * Per-teacher timeliness in a study period: the share of held lessons (up to yesterday) whose topic
     * and attendance were entered by the school's deadlines, with the teacher's open violations.
     */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<TeacherTimeliness> timeliness(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.period.required}") Long periodId) {
        School school = access.checkSchool(schoolId, Intent.READ);
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getSchool().equals(school)) {
            throw new AccessDeniedException("common.noAccess");
        }
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        LocalDate to = period.getEndDate().isBefore(yesterday) ? period.getEndDate() : yesterday;
        Map<Long, long[]> lessons = new HashMap<>();
        if (!to.isBefore(period.getStartDate())) {
            List<?> rows = em.createNativeQuery("""
                            SELECT l.teacher_id, COUNT(*),
                                   SUM(CASE WHEN l.topic IS NOT NULL AND l.topic_entered_at IS NOT NULL
                                             AND l.topic_entered_at < l.lesson_date + CAST(?1 AS INTEGER)
                                             AND l.attendance_taken = TRUE AND l.attendance_taken_at IS NOT NULL
                                             AND l.attendance_taken_at < l.lesson_date + CAST(?2 AS INTEGER)
                                            THEN 1 ELSE 0 END)
                            FROM lesson l
                            WHERE l.school_id = ?3 AND l.cancelled = FALSE AND l.lesson_date BETWEEN ?4 AND ?5
                              AND NOT EXISTS (SELECT 1 FROM school_holiday h WHERE h.school_id = l.school_id
                                              AND h.holiday_date = l.lesson_date)
                            GROUP BY l.teacher_id""")
                    .setParameter(1, 1 + school.getTopicDeadlineDays())
                    .setParameter(2, 1 + school.getAttendanceDeadlineDays())
                    .setParameter(3, school.getId())
                    .setParameter(4, java.sql.Date.valueOf(period.getStartDate()))
                    .setParameter(5, java.sql.Date.valueOf(to))
                    .getResultList();
            for (Object row : rows) {
                Object[] t = (Object[]) row;
                lessons.put(((Number) t[0]).longValue(), new long[] {
                    ((Number) t[1]).longValue(), t[2] == null ? 0 : ((Number) t[2]).longValue()
                });
            }
        }
        Map<Long, Long> open = new HashMap<>();
        em.createQuery("""
                        select v.teacher.id, count(v) from Violation v
                        where v.school = :school and v.closedAt is null and v.teacher is not null
                        group by v.teacher.id""", Object[].class)
                .setParameter("school", school)
                .getResultList()
                .forEach(t -> open.put((Long) t[0], (Long) t[1]));
        List<TeacherTimeliness> result = new ArrayList<>();
        em.createNamedQuery("StaffMember.findBySchool", StaffMember.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .filter(t -> lessons.containsKey(t.getId()) || open.containsKey(t.getId()))
                .forEach(t -> {
                    long[] counts = lessons.getOrDefault(t.getId(), new long[2]);
                    result.add(new TeacherTimeliness(
                            t.getId(),
                            PersonName.initials(t.getLastName(), t.getFirstName(), t.getPatronymic()),
                            counts[0],
                            counts[1],
                            open.getOrDefault(t.getId(), 0L)));
                });
        result.sort((a, b) -> Double.compare(a.percent(), b.percent()) != 0
                ? Double.compare(a.percent(), b.percent())
                : a.teacherName().compareTo(b.teacherName()));
        return result;
    }

    /** Deputy director and administrator: the whole school; a class teacher: only their own class. */
    private School authorize(Long schoolId, Long classId) {
        School school = access.checkSchool(schoolId, Intent.READ);
        if (access.callerHas(Role.DEPUTY_DIRECTOR) || access.callerHas(Role.ADMIN)) {
            return school;
        }
        if (classId == null) {
            throw new AccessDeniedException("monitoring.classTeacher.ownClassOnly");
        }
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        if (!schoolClass.getSchool().equals(school)) {
            throw new AccessDeniedException("common.noAccess");
        }
        return school;
    }

    private List<StudyPeriod> currentPeriods(School school) {
        return em.createQuery("""
                        select p from StudyPeriod p where p.school = :school and p.academicYear.current = true
                        order by p.startDate, p.endDate desc""", StudyPeriod.class)
                .setParameter("school", school)
                .getResultList();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
