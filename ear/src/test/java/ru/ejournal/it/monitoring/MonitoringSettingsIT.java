package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Tx;
import ru.ejournal.monitoring.boundary.EvaluationScope;
import ru.ejournal.monitoring.boundary.HolidayRange;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.MonitoringSettings;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.monitoring.entity.ViolationRule;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;

/**
 * The administrator's monitoring settings: the rules use the saved values, bad values and stale
 * versions change nothing, every change is in the history, holidays silence their lessons, and
 * only the school's administrator may change (and its deputy director read) them.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    MonitoringFixtures fixtures;

    @Inject
    SettingsAccounts accounts;

    @Inject
    MonitoringSettingsService settings;

    @Inject
    JournalMonitoringService monitoring;

    @Inject
    Tx tx;

    MonitoringSchool s;

    @BeforeEach
    void createSchool() {
        s = fixtures.create();
    }

    @Test
    @DisplayName(
            "The marks deadline the administrator saves is the one MARKS_LATE uses: 10 school days make a test of 10 days ago not late")
    void marksDeadlineIsUsedByTheRule() throws Exception {
        long test = fixtures.lessonA(s, s.today().minusDays(10), 1, true, true);
        MonitoringSettings read = read();
        assertEquals(3, read.marksDeadlineDays(), "the default");

        MonitoringSettings saved = save(with(read, 10));
        assertEquals(10, saved.marksDeadlineDays());
        assertEquals(10, read().marksDeadlineDays(), "the deputy director reads the saved value");
        evaluate();
        assertEquals(0, count(test, ViolationRule.MARKS_LATE), "10 calendar days hold fewer than 10 school days");

        save(with(read(), 3));
        evaluate();
        assertEquals(1, count(test, ViolationRule.MARKS_LATE), "under 3 school days the same test is late");
    }

    @Test
    @DisplayName("Out-of-range values are refused with a Russian message and nothing is saved")
    void invalidValuesAreRefused() throws Exception {
        MonitoringSettings before = read();
        MonitoringSettings bad =
                new MonitoringSettings(31, 0, 45, 0, 100, 1, true, new BigDecimal("0.95"), before.version());

        Exception thrown = assertThrows(
                Exception.class, () -> Caller.as(s.admin(), ADMIN, () -> settings.save(s.schoolId(), bad)));
        ConstraintViolationException e = cause(thrown, ConstraintViolationException.class);
        String messages = e.getConstraintViolations().stream()
                .map(v -> v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        assertTrue(messages.contains("Срок выставления оценок: от 0 до 30 учебных дней"), messages);
        assertTrue(messages.contains("Срок ввода темы урока: от 0 до 30 дней"), messages);
        assertTrue(messages.contains("Минимум оценок за период: от 1 до 20"), messages);
        assertTrue(messages.contains("Порог предупреждения: от 1 до 99 %"), messages);
        assertTrue(messages.contains("Порог округления: от 0,30 до 0,90"), messages);

        assertEquals(before, read(), "nothing changed, not even the version");
        assertEquals(0, history().size());
    }

    @Test
    @DisplayName("Saving over settings somebody else changed meanwhile is a conflict and keeps their values")
    void staleVersionIsAConflict() throws Exception {
        MonitoringSettings mine = read();
        MonitoringSettings theirs = save(with(mine, 5));

        assertThrows(ConflictException.class, () -> save(with(mine, 7)));

        assertEquals(5, read().marksDeadlineDays());
        assertEquals(theirs.version(), read().version());
    }

    @Test
    @DisplayName("Each changed setting is written to the history with old and new value and the administrator")
    void historyIsWritten() throws Exception {
        MonitoringSettings before = read();
        save(new MonitoringSettings(1, 2, 4, 5, 60, 1, true, before.roundingThreshold(), before.version()));

        Map<String, ChangeRecord> changes =
                history().stream().collect(Collectors.toMap(ChangeRecord::getField, c -> c));
        assertEquals(6, changes.size(), "period grade grace days were not changed: " + changes.keySet());
        assertEquals("3", changes.get("marksDeadlineDays").getOldValue());
        assertEquals("4", changes.get("marksDeadlineDays").getNewValue());
        assertEquals("false", changes.get("homeworkRuleEnabled").getOldValue());
        assertEquals("true", changes.get("homeworkRuleEnabled").getNewValue());
        assertEquals(s.admin(), changes.get("fewMarksWarningPercent").getChangedBy());
    }

    @Test
    @DisplayName("A holiday added by the administrator silences the lessons of its days; bad ranges are refused")
    void holidays() throws Exception {
        long onHoliday = fixtures.lessonA(s, s.today().minusDays(3), 1, false, false);
        long ordinary = fixtures.lessonA(s, s.today().minusDays(2), 1, false, false);

        Caller.as(
                s.admin(),
                ADMIN,
                () -> settings.addHoliday(
                        s.schoolId(), s.today().minusDays(4), s.today().minusDays(3), "Карантин"));
        evaluate();
        assertEquals(0, count(onHoliday, ViolationRule.TOPIC_MISSING), "no violation on a holiday");
        assertEquals(1, count(ordinary, ViolationRule.TOPIC_MISSING), "the next day is an ordinary day");

        List<HolidayRange> list = Caller.as(s.deputy(), DEPUTY, () -> settings.holidays(s.schoolId()));
        assertEquals(
                List.of(
                        new HolidayRange(s.holiday(), s.holiday(), "Праздничный день"),
                        new HolidayRange(s.today().minusDays(4), s.today().minusDays(3), "Карантин")),
                list);

        BusinessException backwards = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        s.admin(),
                        ADMIN,
                        () -> settings.addHoliday(
                                s.schoolId(), s.today(), s.today().minusDays(1), "Наоборот")));
        assertEquals("Последний день раньше первого", backwards.getMessage());
        BusinessException overlap = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        s.admin(),
                        ADMIN,
                        () -> settings.addHoliday(
                                s.schoolId(), s.today().minusDays(6), s.today().minusDays(4), "Ещё")));
        assertTrue(overlap.getMessage().startsWith("Пересекается с уже заданным выходным днём"), overlap.getMessage());
        assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        s.admin(),
                        ADMIN,
                        () -> settings.addHoliday(
                                s.schoolId(), s.today().minusDays(4), s.today().minusDays(3), "Карантин")),
                "the same range twice");
        assertEquals(
                2,
                Caller.as(s.admin(), ADMIN, () -> settings.holidays(s.schoolId()))
                        .size(),
                "refused ranges added nothing");

        assertEquals(2, (int) Caller.as(
                s.admin(),
                ADMIN,
                () -> settings.removeHoliday(
                        s.schoolId(), s.today().minusDays(4), s.today().minusDays(3))));
        assertEquals(
                1,
                Caller.as(s.admin(), ADMIN, () -> settings.holidays(s.schoolId()))
                        .size());
    }

    @Test
    @DisplayName(
            "Only the school's administrator saves; teachers, parents, students and other schools cannot even read")
    void refusals() throws Exception {
        MonitoringSettings current = read();
        MonitoringSettings changed = with(current, 9);
        String otherAdmin = accounts.account(s.otherSchoolId(), "madm2-" + s.admin(), Role.ADMIN);

        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(s.deputy(), DEPUTY, () -> settings.save(s.schoolId(), changed)),
                "the deputy director only reads");
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        s.deputy(), DEPUTY, () -> settings.addHoliday(s.schoolId(), s.today(), s.today(), "Нет")));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(s.classTeacherA(), CLASS_TEACHER, () -> settings.settings(s.schoolId())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(s.subjectTeacher(), SUBJECT_TEACHER, () -> settings.settings(s.schoolId())));
        assertThrows(
                EJBAccessException.class, () -> Caller.as(s.parent(), PARENT, () -> settings.settings(s.schoolId())));
        assertThrows(
                EJBAccessException.class, () -> Caller.as(s.parent(), STUDENT, () -> settings.holidays(s.schoolId())));
        assertThrows(
                AccessDeniedException.class, () -> Caller.as(otherAdmin, ADMIN, () -> settings.settings(s.schoolId())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(otherAdmin, ADMIN, () -> settings.save(s.schoolId(), changed)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        otherAdmin, ADMIN, () -> settings.removeHoliday(s.schoolId(), s.holiday(), s.holiday())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(s.otherSchoolDeputy(), DEPUTY, () -> settings.holidays(s.schoolId())));

        assertEquals(current, read(), "nothing changed");
        assertEquals(
                1,
                Caller.as(s.admin(), ADMIN, () -> settings.holidays(s.schoolId()))
                        .size());
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but was " + e, e);
    }

    private MonitoringSettings read() throws Exception {
        return Caller.as(s.deputy(), DEPUTY, () -> settings.settings(s.schoolId()));
    }

    private MonitoringSettings save(MonitoringSettings changed) throws Exception {
        return Caller.as(s.admin(), ADMIN, () -> settings.save(s.schoolId(), changed));
    }

    private static MonitoringSettings with(MonitoringSettings s, int marksDeadlineDays) {
        return new MonitoringSettings(
                s.topicDeadlineDays(),
                s.attendanceDeadlineDays(),
                marksDeadlineDays,
                s.minMarksPerPeriod(),
                s.fewMarksWarningPercent(),
                s.periodGradeGraceDays(),
                s.homeworkRuleEnabled(),
                s.roundingThreshold(),
                s.version());
    }

    private void evaluate() throws Exception {
        Caller.as(s.deputy(), DEPUTY, () -> monitoring.evaluate(EvaluationScope.school(s.schoolId())));
    }

    private long count(long lessonId, ViolationRule rule) {
        return tx.call(em -> em.createQuery(
                        "select count(v) from Violation v where v.lesson.id = :lesson"
                                + " and v.rule = :rule and v.closedAt is null",
                        Long.class)
                .setParameter("lesson", lessonId)
                .setParameter("rule", rule)
                .getSingleResult());
    }

    private List<ChangeRecord> history() {
        return tx.call(em -> em.createNamedQuery("ChangeRecord.findByEntity", ChangeRecord.class)
                .setParameter("entityType", MonitoringSettingsService.HISTORY_TYPE)
                .setParameter("entityId", s.schoolId())
                .getResultList());
    }
}
