package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.journal.JournalFixtures;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookCell;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.boundary.HistoryLine;
import ru.ejournal.monitoring.boundary.MarkAlertLine;
import ru.ejournal.monitoring.boundary.MarkAlertRow;
import ru.ejournal.monitoring.boundary.MarkAlertService;
import ru.ejournal.monitoring.boundary.MarkAlertSettings;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.monitoring.boundary.RevertResult;
import ru.ejournal.monitoring.control.MarkChangeScan;
import ru.ejournal.school.boundary.PeriodClosingService;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The mass mark-change alert (issue 11, the 2016 pattern: pupils with a staff login changed 51 marks in
 * one evening): the changes go through the grade book's real cell save, the scan (which the server runs
 * every minute) is called directly so that the test does not wait for the minute.
 */
@ExtendWith(ArquillianExtension.class)
class MarkAlertIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cellService;

    @Inject
    MarkAlertService alerts;

    @Inject
    MarkChangeScan scan;

    @Inject
    MonitoringSettingsService settings;

    @Inject
    PeriodClosingService periodClosing;

    @Inject
    Tx tx;

    Fixture f;
    long assignment;
    long period;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        assignment = journal.assignmentA(f);
        period = journal.yearPeriod(f);
        journal.grow(f, 30, 50);
    }

    /** A cell of the grid: lesson, pupil, what it shows and its stamp. */
    record Cell(long lessonId, long studentId, String text, String stamp) {}

    private List<Cell> pastCells() throws Exception {
        GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        List<Cell> cells = new ArrayList<>();
        for (GradeBook.Row row : book.rows()) {
            for (GradeBook.Column lesson : book.lessons()) {
                if (lesson.date().isBefore(LocalDate.now())) {
                    GradeBookCell cell = row.cell(lesson.id());
                    cells.add(new Cell(lesson.id(), row.studentId(), cell.text(), cell.stamp()));
                }
            }
        }
        return cells;
    }

    private void type(String login, java.util.Set<String> roles, Cell cell, String input) throws Exception {
        Caller.as(
                login,
                roles,
                () -> cellService.saveCell(cell.lessonId(), cell.studentId(), input, cell.stamp(), true, period));
    }

    /** Changes the marks of {@code count} past cells that hold one mark: 2↔5. */
    private Map<Cell, String> changeMarks(int count) throws Exception {
        Map<Cell, String> changed = new LinkedHashMap<>();
        for (Cell cell : pastCells()) {
            if (changed.size() == count) {
                break;
            }
            if (cell.text().matches("[1-5]")) {
                type(f.subjectTeacherA(), SUBJECT_TEACHER, cell, cell.text().equals("5") ? "2" : "5");
                changed.put(cell, cell.text());
            }
        }
        assertEquals(count, changed.size());
        return changed;
    }

    private Optional<MarkAlertRow> alertOf(String login) throws Exception {
        return Caller.as(f.deputy(), DEPUTY, () -> alerts.alerts()).stream()
                .filter(a -> a.accountLogin().equals(login))
                .findFirst();
    }

    /** Subjects and bodies of the messages a person received. */
    private String inbox(String login) {
        return tx.call(em -> String.join(
                "\n",
                em.createQuery("""
                        select concat(m.subject, ': ', m.body) from MessageRecipient r join r.message m
                        where r.recipient.login = :login""", String.class).setParameter("login", login).getResultList()));
    }

    @Test
    @DisplayName("51 marks of past lessons changed by one teacher account: one alert with all 51, one message to"
            + " the deputy director and the administrator listing them, a revert that restores all 51 with history")
    void theEveningOf2016() throws Exception {
        Map<Cell, String> before = new LinkedHashMap<>();
        List<Cell> cells = pastCells();
        int changed = 0;
        int removed = 0;
        int added = 0;
        for (Cell cell : cells) {
            if (changed + removed + added == 51) {
                break;
            }
            if (cell.text().matches("[1-5]") && removed < 3 && changed >= 10) {
                type(f.subjectTeacherA(), SUBJECT_TEACHER, cell, "");
                removed++;
            } else if (cell.text().equals("Н") && added < 3) {
                type(f.subjectTeacherA(), SUBJECT_TEACHER, cell, "Н 5");
                added++;
            } else if (cell.text().matches("[1-5]") && changed < 45) {
                type(f.subjectTeacherA(), SUBJECT_TEACHER, cell, cell.text().equals("5") ? "2" : "5");
                changed++;
            } else {
                continue;
            }
            before.put(cell, cell.text());
        }
        assertEquals(51, before.size(), "45 changed, 3 removed, 3 new marks");
        assertEquals(3, removed);
        assertEquals(3, added);

        scan.scan();
        scan.scan();

        MarkAlertRow alert = alertOf(f.subjectTeacherA()).orElseThrow();
        assertEquals(51, alert.changeCount());
        assertEquals(51, alert.pastCount());
        assertEquals(0, alert.notTaughtCount());
        assertEquals(
                1,
                Caller.as(f.deputy(), DEPUTY, () -> alerts.alerts()).stream()
                        .filter(a -> a.accountLogin().equals(f.subjectTeacherA()))
                        .count(),
                "one alert per burst, however often the scan runs");
        List<MarkAlertLine> lines = Caller.as(f.admin(), ADMIN, () -> alerts.changes(alert.id()));
        assertEquals(51, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.pupil() != null && l.lessonDate() != null && l.subject() != null));
        assertEquals(3, lines.stream().filter(l -> l.newValue() == null).count(), "the removed marks are listed");
        assertEquals(3, lines.stream().filter(l -> l.oldValue() == null).count(), "the new marks are listed");

        for (String login : List.of(f.deputy(), f.admin())) {
            String inbox = inbox(login);
            assertTrue(inbox.contains("Массовое изменение отметок"), inbox);
            assertTrue(inbox.contains("изменений: 51"), inbox);
            assertTrue(inbox.contains("/deputy/mark-alerts.xhtml?alert=" + alert.id()), inbox);
            assertEquals(51, inbox.chars().filter(c -> c == '\u2022').count(), "every change listed once: " + inbox);
        }

        RevertResult result = Caller.as(f.deputy(), DEPUTY, () -> alerts.revert(alert.id(), alert.version()));
        assertEquals(new RevertResult(51, 0), result);

        Map<String, String> now = cellTexts();
        for (Map.Entry<Cell, String> cell : before.entrySet()) {
            assertEquals(
                    cell.getValue(),
                    now.get(cell.getKey().lessonId() + ":" + cell.getKey().studentId()),
                    "the cell is back as it was");
        }
        Cell first = before.keySet().iterator().next();
        List<HistoryLine> history = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cellService.cellHistory(first.lessonId(), first.studentId()));
        assertTrue(
                history.get(0).reason().contains("Отмена массового изменения отметок")
                        && history.get(0).changedBy().equals(f.deputy()),
                history.toString());

        assertTrue(Caller.as(f.deputy(), DEPUTY, () -> alerts.alert(alert.id())).reverted());
        BusinessException twice = assertThrows(
                BusinessException.class,
                () -> Caller.as(f.admin(), ADMIN, () -> alerts.revert(alert.id(), alert.version())));
        assertTrue(twice.getMessage().contains("уже отменены"), twice.getMessage());

        scan.scan();
        assertTrue(alertOf(f.deputy()).isEmpty(), "the deputy's revert raises no alert of its own");
    }

    @Test
    @DisplayName("A revert asks the closed periods like every path that changes marks: refused while the marks'"
            + " period is closed, with nothing changed and the alert still open; after a reopening it reverts them")
    void revertRefusedInAClosedPeriod() throws Exception {
        Map<Cell, String> before = changeMarks(21);
        scan.scan();
        MarkAlertRow alert = alertOf(f.subjectTeacherA()).orElseThrow();
        Caller.run(f.admin(), ADMIN, () -> periodClosing.close(period, "Итоги года подведены"));

        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> Caller.as(f.deputy(), DEPUTY, () -> alerts.revert(alert.id(), alert.version())));
        assertTrue(refused.getMessage().contains("закрыт"), refused.getMessage());
        Map<String, String> now = cellTexts();
        for (Map.Entry<Cell, String> cell : before.entrySet()) {
            assertEquals(
                    cell.getValue().equals("5") ? "2" : "5",
                    now.get(cell.getKey().lessonId() + ":" + cell.getKey().studentId()),
                    "the mark of the closed period keeps its changed value");
        }
        assertFalse(
                Caller.as(f.deputy(), DEPUTY, () -> alerts.alert(alert.id())).reverted());

        Caller.run(f.admin(), ADMIN, () -> periodClosing.reopen(period, "Отмена массового изменения"));
        assertEquals(
                new RevertResult(21, 0),
                Caller.as(f.deputy(), DEPUTY, () -> alerts.revert(alert.id(), alert.version())));
        now = cellTexts();
        for (Map.Entry<Cell, String> cell : before.entrySet()) {
            assertEquals(
                    cell.getValue(),
                    now.get(cell.getKey().lessonId() + ":" + cell.getKey().studentId()));
        }
    }

    /** What each past cell shows, by lesson and pupil. */
    private Map<String, String> cellTexts() throws Exception {
        return pastCells().stream().collect(Collectors.toMap(c -> c.lessonId() + ":" + c.studentId(), Cell::text));
    }

    @Test
    @DisplayName("An administrator changing one mark in a lesson they do not teach raises an alert at once")
    void administratorInALessonNotTheirs() throws Exception {
        GradeBookCell cell = Caller.as(f.admin(), ADMIN, () -> cellService.cell(f.lessonA(), f.studentA()));
        Caller.as(
                f.admin(), ADMIN, () -> cellService.saveCell(f.lessonA(), f.studentA(), "4", cell.stamp(), true, null));

        scan.scan();

        MarkAlertRow alert = alertOf(f.admin()).orElseThrow();
        assertEquals(1, alert.changeCount());
        assertEquals(1, alert.notTaughtCount());
        assertEquals(0, alert.pastCount(), "today's lesson");
        MarkAlertLine line =
                Caller.as(f.deputy(), DEPUTY, () -> alerts.changes(alert.id())).get(0);
        assertEquals(null, line.oldValue());
        assertEquals("4", line.newValue());
        assertTrue(line.notTaught());
        assertTrue(inbox(f.deputy()).contains("урок не этой учётной записи"), inbox(f.deputy()));

        assertEquals(
                new RevertResult(1, 0),
                Caller.as(f.deputy(), DEPUTY, () -> alerts.revert(alert.id(), alert.version())));
        assertEquals(
                "",
                Caller.as(f.admin(), ADMIN, () -> cellService.cell(f.lessonA(), f.studentA()))
                        .text());
    }

    @Test
    @DisplayName("The region import's history of marks (author region-import, no account of a person) raises no"
            + " alert, however many marks of past lessons it wrote")
    void regionImportIsNoPerson() throws Exception {
        int written = tx.call(em -> {
            School school = em.find(School.class, f.schoolId());
            List<Long> marks = em.createQuery("""
                            select m.id from Mark m where m.lesson.schoolClass.school.id = :school
                              and m.lesson.lessonDate < :today""", Long.class)
                    .setParameter("school", f.schoolId())
                    .setParameter("today", LocalDate.now())
                    .setMaxResults(60)
                    .getResultList();
            Instant now = Instant.now();
            for (Long mark : marks) {
                em.persist(new ChangeRecord(school, "Mark", mark, "value", null, "5", "region-import", now));
            }
            return marks.size();
        });
        assertTrue(written > 20, "marks of past lessons in the fixture: " + written);

        scan.scan();

        assertTrue(alertOf("region-import").isEmpty());
        assertEquals("", inbox(f.deputy()));
    }

    @Test
    @DisplayName("20 changes of past lessons (the threshold) raise nothing; the 21st raises one alert with all 21;"
            + " a teacher's own marks of today never count")
    void belowTheThreshold() throws Exception {
        GradeBookCell today =
                Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> cellService.cell(f.lessonA(), f.studentA()));
        Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cellService.saveCell(f.lessonA(), f.studentA(), "5", today.stamp(), true, null));
        changeMarks(20);
        scan.scan();
        assertTrue(alertOf(f.subjectTeacherA()).isEmpty());

        changeMarks(1);
        scan.scan();
        MarkAlertRow alert = alertOf(f.subjectTeacherA()).orElseThrow();
        assertEquals(21, alert.changeCount(), "the 20 before and the 21st; not today's own mark");
    }

    @Test
    @DisplayName("The alert's settings: Russian messages for out-of-range values, history, a lower threshold"
            + " and the switch apply from the next scan")
    void settings() throws Exception {
        MarkAlertSettings read = Caller.as(f.admin(), ADMIN, () -> settings.markAlertSettings(f.schoolId()));
        assertEquals(new MarkAlertSettings(true, 20, 60, read.version()), read);

        Exception thrown = assertThrows(
                Exception.class,
                () -> Caller.as(
                        f.admin(),
                        ADMIN,
                        () -> settings.saveMarkAlert(
                                f.schoolId(), new MarkAlertSettings(true, 0, 2000, read.version()))));
        String messages = cause(thrown, ConstraintViolationException.class).getConstraintViolations().stream()
                .map(v -> v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        assertTrue(messages.contains("Порог тревоги об изменении отметок: от 1 до 500 отметок"), messages);
        assertTrue(messages.contains("Время для тревоги об изменении отметок: от 1 до 1440 минут"), messages);
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.deputy(),
                        DEPUTY,
                        () -> settings.saveMarkAlert(
                                f.schoolId(), new MarkAlertSettings(true, 5, 30, read.version()))));

        MarkAlertSettings off = Caller.as(
                f.admin(),
                ADMIN,
                () -> settings.saveMarkAlert(f.schoolId(), new MarkAlertSettings(false, 5, 30, read.version())));
        assertFalse(off.enabled());
        long recorded = tx.call(em -> em.createQuery(
                        "select count(c) from ChangeRecord c where c.entityType = 'School' and c.entityId = :id"
                                + " and c.field like 'markAlert%'",
                        Long.class)
                .setParameter("id", f.schoolId())
                .getSingleResult());
        assertEquals(3, recorded);
        changeMarks(6);
        scan.scan();
        assertTrue(alertOf(f.subjectTeacherA()).isEmpty(), "switched off");

        Caller.as(
                f.admin(),
                ADMIN,
                () -> settings.saveMarkAlert(f.schoolId(), new MarkAlertSettings(true, 5, 30, off.version())));
        changeMarks(6);
        scan.scan();
        assertTrue(alertOf(f.subjectTeacherA()).orElseThrow().changeCount() >= 6);
    }

    @Test
    @DisplayName("A teacher and another school's deputy director or administrator neither see nor revert an alert")
    void refusals() throws Exception {
        GradeBookCell cell = Caller.as(f.admin(), ADMIN, () -> cellService.cell(f.lessonA(), f.studentA()));
        Caller.as(
                f.admin(), ADMIN, () -> cellService.saveCell(f.lessonA(), f.studentA(), "3", cell.stamp(), true, null));
        scan.scan();
        MarkAlertRow alert = alertOf(f.admin()).orElseThrow();

        assertThrows(
                EJBAccessException.class, () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> alerts.alerts()));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> alerts.changes(alert.id())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(), SUBJECT_TEACHER, () -> alerts.revert(alert.id(), alert.version())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolDeputy(), DEPUTY, () -> alerts.changes(alert.id())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolDeputy(), DEPUTY, () -> alerts.revert(alert.id(), alert.version())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> alerts.revert(alert.id(), alert.version())));
        assertTrue(Caller.as(f.otherSchoolDeputy(), DEPUTY, () -> alerts.alerts()).stream()
                .noneMatch(a -> a.id().equals(alert.id())));

        assertFalse(
                Caller.as(f.deputy(), DEPUTY, () -> alerts.alert(alert.id())).reverted(), "nothing reverted");
        assertEquals(
                "3",
                Caller.as(f.admin(), ADMIN, () -> cellService.cell(f.lessonA(), f.studentA()))
                        .text());
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e, e);
    }
}
