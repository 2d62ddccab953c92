package ru.ejournal.it.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.diary.boundary.DiaryWeek;
import ru.ejournal.it.journal.SqlCounter;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.timetable.TimetableFixtures.Extra;
import ru.ejournal.it.timetable.TimetableFixtures.Stored;
import ru.ejournal.school.boundary.PeriodClosingService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.timetable.boundary.EntryData;
import ru.ejournal.timetable.boundary.GenerationResult;
import ru.ejournal.timetable.boundary.HeldLesson;
import ru.ejournal.timetable.boundary.LessonGenerationService;
import ru.ejournal.timetable.boundary.TimetableLine;
import ru.ejournal.timetable.boundary.TimetablePage;
import ru.ejournal.timetable.boundary.TimetableService;

/**
 * The timetable and lesson generation: the rules of an entry (refused with nothing stored), generation
 * counted independently from the entries, the dates and the holidays, idempotence, a timetable change
 * that moves and removes only future empty lessons and holds the ones with data, refusals, the e-diary's
 * timetable and the year-end copy.
 */
@ExtendWith(ArquillianExtension.class)
class TimetableIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    TimetableFixtures fixtures;

    @Inject
    TimetableService timetable;

    @Inject
    LessonGenerationService generation;

    @Inject
    DiaryService diary;

    @Inject
    PeriodClosingService periodClosing;

    @PersistenceUnit(unitName = "journal")
    EntityManagerFactory factory;

    Fixture f;
    Extra x;
    LocalDate yearStart;
    LocalDate yearEnd;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void createSchool() {
        f = schools.create();
        x = fixtures.extend(f);
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        yearStart = LocalDate.of(start, 9, 1);
        yearEnd = LocalDate.of(start + 1, 5, 31);
    }

    private long version(long classId, LocalDate from) throws Exception {
        return Caller.as(f.admin(), ADMIN, () -> timetable.createVersion(classId, from));
    }

    private Long save(long version, Long entryId, int day, int no, long subject, Long group, long teacher)
            throws Exception {
        return Caller.as(
                f.admin(),
                ADMIN,
                () -> timetable.saveEntry(new EntryData(version, entryId, day, no, subject, group, teacher, "21")));
    }

    private String refusal(Caller.Action action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        return e.getMessage();
    }

    private void assertRefused(String expected, Caller.Action action) {
        String message = refusal(action);
        assertTrue(message.contains(expected), message);
    }

    private TimetablePage page(long classId, long version) throws Exception {
        return Caller.as(f.admin(), ADMIN, () -> timetable.page(classId, version));
    }

    /** Class A: maths Monday 1, Wednesday 2, Friday 3; English Tuesday 4 in two subgroups at once. */
    private long standardTimetable() throws Exception {
        long v = version(f.classA(), yearStart);
        save(v, null, 1, 1, x.math(), null, x.mathTeacher());
        save(v, null, 3, 2, x.math(), null, x.mathTeacher());
        save(v, null, 5, 3, x.math(), null, x.mathTeacher());
        save(v, null, 2, 4, x.english(), x.groupOne(), x.englishTeacher());
        save(v, null, 2, 4, x.english(), x.groupTwo(), x.teacherB());
        return v;
    }

    private GenerationResult generate(LocalDate from, LocalDate to) throws Exception {
        return Caller.as(f.admin(), ADMIN, () -> generation.generate(f.classA(), from, to));
    }

    /** Lessons the standard timetable wants on {@code from..to}, counted from the weekdays and holidays. */
    private static int expected(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (holidays.contains(d)) {
                continue;
            }
            count += switch (d.getDayOfWeek()) {
                case MONDAY, WEDNESDAY, FRIDAY -> 1;
                case TUESDAY -> 2;
                default -> 0;
            };
        }
        return count;
    }

    @Test
    @DisplayName("Every broken rule of an entry is refused in Russian and nothing is stored")
    void validationRefusals() throws Exception {
        long v = version(f.classA(), yearStart);
        assertRefused("день недели", () -> save(v, null, 7, 1, x.math(), null, x.mathTeacher()));
        assertRefused("Номер урока", () -> save(v, null, 1, 13, x.math(), null, x.mathTeacher()));
        assertRefused(
                "не является сотрудником этой школы",
                () -> save(v, null, 1, 1, x.math(), null, x.otherSchoolTeacher()));
        assertRefused(
                "не относится к классу", () -> save(v, null, 1, 1, x.english(), x.classBGroup(), x.englishTeacher()));
        assertRefused(
                "по предмету «Английский язык», а не «Математика»",
                () -> save(v, null, 1, 1, x.math(), x.groupOne(), x.mathTeacher()));

        save(v, null, 1, 1, x.math(), null, x.mathTeacher());
        assertRefused(
                "У класса уже есть урок", () -> save(v, null, 1, 1, x.english(), x.groupOne(), x.englishTeacher()));
        save(v, null, 2, 4, x.english(), x.groupOne(), x.englishTeacher());
        assertRefused(
                "У подгруппы «1 подгруппа» уже есть урок",
                () -> save(v, null, 2, 4, x.english(), x.groupOne(), x.teacherB()));
        assertRefused(
                "Учитель Попов Д. И. уже ведёт урок",
                () -> save(v, null, 2, 4, x.english(), x.groupTwo(), x.englishTeacher()));
        long vb = version(f.classB(), yearStart.plusDays(7));
        assertRefused("уже ведёт урок в это время", () -> save(vb, null, 1, 1, x.math(), null, x.mathTeacher()));
        assertRefused("внутри учебного года", () -> version(f.classA(), yearEnd.plusDays(1)));
        assertRefused("уже есть", () -> version(f.classA(), yearStart));

        assertEquals(2, page(f.classA(), v).entries().size(), "only the two valid entries are stored");
        assertEquals(0, page(f.classB(), vb).entries().size(), "the double-booked entry is not stored");
        List<String> fields = Caller.as(f.deputy(), DEPUTY, () -> timetable.history(f.classA())).stream()
                .map(h -> h.field())
                .toList();
        assertTrue(fields.contains("teacher") && fields.contains("validFrom"), fields.toString());
    }

    @Test
    @DisplayName(
            "Generation creates one lesson per entry and school day except holidays; generating again adds nothing")
    void generationIsIdempotent() throws Exception {
        standardTimetable();
        LocalDate from = today.plusDays(1);
        LocalDate to = from.plusDays(20);
        LocalDate holiday = from.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.TUESDAY));
        fixtures.holiday(f, holiday);
        int expected = expected(from, to, Set.of(holiday));
        assertTrue(expected > 10, "a test range of three weeks");

        GenerationResult first = generate(from, to);
        assertEquals(expected, first.created());
        List<Stored> lessons = fixtures.generated(f.classA());
        assertEquals(expected, lessons.size());
        assertTrue(lessons.stream().noneMatch(l -> l.date().equals(holiday)), "no lesson on the holiday");
        assertEquals(
                lessons.stream()
                        .filter(l -> l.date().getDayOfWeek() == DayOfWeek.TUESDAY)
                        .count(),
                lessons.stream().filter(l -> l.subgroupId() != null).count(),
                "Tuesday's lessons are the two subgroups' English");

        GenerationResult second = generate(from, to);
        assertEquals(0, second.created());
        assertEquals(0, second.moved() + second.removed() + second.held());
        assertEquals(expected, second.unchanged());
        assertEquals(
                lessons.stream().map(Stored::id).toList(),
                fixtures.generated(f.classA()).stream().map(Stored::id).toList(),
                "the same lessons, found again by their codes");
    }

    @Test
    @DisplayName(
            "After a timetable change only future empty lessons move or go; lessons with a mark or a topic are held; past lessons stay")
    void changeMovesOnlyFutureEmptyLessons() throws Exception {
        long v = standardTimetable();
        LocalDate from = today.minusDays(14).isBefore(yearStart) ? yearStart : today.minusDays(14);
        LocalDate to = today.plusDays(28);
        generate(from, to);
        List<Stored> before = fixtures.generated(f.classA());
        List<Stored> futureMondays = before.stream()
                .filter(l -> l.date().isAfter(today) && l.date().getDayOfWeek() == DayOfWeek.MONDAY)
                .toList();
        List<Stored> futureFridays = before.stream()
                .filter(l -> l.date().isAfter(today) && l.date().getDayOfWeek() == DayOfWeek.FRIDAY)
                .toList();
        List<Stored> past =
                before.stream().filter(l -> !l.date().isAfter(today)).toList();
        Stored marked = futureMondays.get(0);
        Stored withTopic = futureFridays.get(0);
        fixtures.mark(marked.id(), f.studentA());
        fixtures.topic(withTopic.id(), "Линейная функция");

        TimetablePage page = page(f.classA(), v);
        long monday = page.entries().stream()
                .filter(e -> e.dayOfWeek() == 1)
                .findFirst()
                .orElseThrow()
                .id();
        long friday = page.entries().stream()
                .filter(e -> e.dayOfWeek() == 5)
                .findFirst()
                .orElseThrow()
                .id();
        save(v, monday, 1, 5, x.math(), null, x.mathTeacher());
        Caller.run(f.admin(), ADMIN, () -> timetable.removeEntry(friday));

        GenerationResult change = generate(from, to);
        assertEquals(0, change.created());
        assertEquals(futureMondays.size() - 1, change.moved());
        assertEquals(futureFridays.size() - 1, change.removed());
        assertEquals(2, change.held());

        assertEquals(1, fixtures.lesson(marked.id()).periodNo(), "the lesson with a mark stays where it was");
        assertNotNull(fixtures.lesson(withTopic.id()), "the lesson with only a topic is not removed");
        for (Stored l : past) {
            Stored now = fixtures.lesson(l.id());
            assertNotNull(now, "a past lesson is never removed");
            assertEquals(l.periodNo(), now.periodNo(), "a past lesson is never moved");
            assertEquals(l.date(), now.date());
        }
        futureMondays.stream()
                .skip(1)
                .forEach(l -> assertEquals(5, fixtures.lesson(l.id()).periodNo()));
        futureFridays.stream().skip(1).forEach(l -> assertEquals(null, fixtures.lesson(l.id())));

        List<HeldLesson> held = Caller.as(f.admin(), ADMIN, () -> generation.held());
        assertEquals(
                Set.of(marked.id(), withTopic.id()),
                Set.copyOf(held.stream().map(HeldLesson::lessonId).toList()));
        HeldLesson heldMark = held.stream()
                .filter(h -> h.lessonId() == marked.id())
                .findFirst()
                .orElseThrow();
        HeldLesson heldTopic = held.stream()
                .filter(h -> h.lessonId() == withTopic.id())
                .findFirst()
                .orElseThrow();
        assertTrue(heldMark.proposal().contains("есть отметки"), heldMark.proposal());
        assertTrue(heldTopic.proposal().contains("есть тема"), heldTopic.proposal());

        assertRefused(
                "Укажите причину",
                () -> Caller.run(f.admin(), ADMIN, () -> generation.cancel(heldTopic.itemId(), " ")));
        Caller.run(f.admin(), ADMIN, () -> generation.keep(heldMark.itemId()));
        Caller.run(f.admin(), ADMIN, () -> generation.cancel(heldTopic.itemId(), "Урок убран из расписания"));
        assertTrue(fixtures.lesson(withTopic.id()).cancelled());

        GenerationResult after = generate(from, to);
        assertEquals(0, after.created() + after.moved() + after.removed() + after.held());
        assertEquals(1, after.kept(), "the kept lesson is left alone and not asked about again");
        assertTrue(Caller.as(f.admin(), ADMIN, () -> generation.held()).isEmpty());
        assertEquals(1, fixtures.lesson(marked.id()).periodNo());
    }

    @Test
    @DisplayName("Another school's admin, a teacher and a parent are refused; the deputy director only reads")
    void refusals() throws Exception {
        long v = standardTimetable();
        LocalDate from = today.plusDays(1);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> timetable.createVersion(f.classA(), yearEnd)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> timetable.page(f.classA(), v)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.otherSchoolAdmin(), ADMIN, () -> generation.generate(f.classA(), from, from.plusDays(6))));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> timetable.saveEntry(
                                new EntryData(v, null, 6, 1, x.math(), null, x.mathTeacher(), null))));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> generation.generate(f.classA(), from, from)));
        assertThrows(
                EJBAccessException.class, () -> Caller.as(f.parentA(), PARENT, () -> timetable.page(f.classA(), v)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.deputy(),
                        DEPUTY,
                        () -> timetable.saveEntry(
                                new EntryData(v, null, 6, 1, x.math(), null, x.mathTeacher(), null))));
        assertEquals(
                5,
                Caller.as(f.deputy(), DEPUTY, () -> timetable.page(f.classA(), v))
                        .entries()
                        .size());
        assertEquals(0, fixtures.generated(f.classA()).size(), "nothing was generated by a refused call");
    }

    @Test
    @DisplayName(
            "The e-diary shows the pupil's timetable: whole-class lessons and their own subgroup's, not the other subgroup's")
    void diaryShowsTheChildsTimetable() throws Exception {
        standardTimetable();
        for (String[] who : new String[][] {{f.parentA(), "PARENT"}, {f.studentALogin(), "STUDENT"}}) {
            List<TimetableLine> lines = Caller.as(who[0], Set.of(who[1]), () -> diary.timetable(f.studentA(), today));
            assertEquals(4, lines.size(), lines.toString());
            List<TimetableLine> tuesday =
                    lines.stream().filter(l -> l.dayOfWeek() == 2).toList();
            assertEquals(1, tuesday.size());
            assertEquals("1 подгруппа", tuesday.get(0).subgroup());
            assertEquals("Попов Д. И.", tuesday.get(0).teacher());
            assertEquals("21", tuesday.get(0).room());
        }
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> diary.timetable(f.studentB(), today)));
    }

    @Test
    @DisplayName("The year-end copy makes a draft of another class's timetable; approving it checks the teachers")
    void copierMakesADraft() throws Exception {
        standardTimetable();
        LocalDate from = today.plusDays(7);
        TimetableFixtures.Copied copied = fixtures.copy(f.classA(), f.classB(), from);
        assertTrue(copied.draft());
        assertEquals(4, copied.copied(), "the maths and the first subgroup's English (class B has a «G1»)");
        assertEquals(1, copied.skipped().size(), copied.skipped().toString());
        assertTrue(copied.skipped().get(0).contains("2 подгруппа"));
        assertRefused(
                "уже ведёт урок", () -> Caller.run(f.admin(), ADMIN, () -> timetable.approve(copied.timetableId())));
        assertTrue(page(f.classB(), copied.timetableId()).version().draft(), "a refused approval leaves the draft");
        assertFalse(Caller.as(f.parentA(), PARENT, () -> diary.timetable(f.studentA(), today))
                .isEmpty());
    }

    @Test
    @DisplayName("A closed period's days are left as they are: generation creates nothing there and names the"
            + " period; after a reopening it creates them")
    void closedPeriodIsLeftAsItIs() throws Exception {
        standardTimetable();
        long period = fixtures.count("select p.id from StudyPeriod p where p.school.id = :id", f.schoolId());
        LocalDate from = today.plusDays(1);
        LocalDate to = from.plusDays(20);
        int expected = expected(from, to, Set.of());
        Caller.run(f.admin(), ADMIN, () -> periodClosing.close(period, "Итоги года подведены"));

        GenerationResult closed = generate(from, to);
        assertEquals(0, closed.created());
        assertEquals(expected, closed.unchanged());
        assertEquals(1, closed.closedPeriods().size(), closed.toString());
        assertTrue(fixtures.generated(f.classA()).isEmpty(), "no lesson in the closed period");

        Caller.run(f.admin(), ADMIN, () -> periodClosing.reopen(period, "Расписание изменилось"));
        GenerationResult open = generate(from, to);
        assertEquals(expected, open.created());
        assertTrue(open.closedPeriods().isEmpty());
        assertEquals(expected, fixtures.generated(f.classA()).size());
    }

    @Test
    @DisplayName(
            "Generating a study period for the whole school creates every class's lessons and keeps a history; another school's period is refused")
    void generateForPeriod() throws Exception {
        standardTimetable();
        String periodOf = "select p.id from StudyPeriod p where p.school.id = :id";
        long period = fixtures.count(periodOf, f.schoolId());
        long otherPeriod = fixtures.count(periodOf, f.otherSchoolId());

        GenerationResult result = Caller.as(f.admin(), ADMIN, () -> generation.generateForPeriod(null, period));
        assertEquals(expected(yearStart, yearEnd, Set.of()), result.created());
        assertEquals(result.created(), fixtures.generated(f.classA()).size());
        assertTrue(fixtures.generated(f.classB()).isEmpty(), "class B has no timetable");
        assertRefused(
                "Учебный период не найден",
                () -> Caller.as(f.admin(), ADMIN, () -> generation.generateForPeriod(null, otherPeriod)));

        assertEquals(1, Caller.as(f.deputy(), DEPUTY, () -> generation.countRuns()));
        assertEquals(
                result.created(),
                Caller.as(f.deputy(), DEPUTY, () -> generation.runs(0, 10))
                        .get(0)
                        .result()
                        .created());
        assertEquals(0, Caller.as(f.otherSchoolAdmin(), ADMIN, () -> generation.countRuns()));
    }

    @Test
    @DisplayName(
            "Generation sends a bounded number of statements (eight weeks cost what one week costs); the diary reads the timetable in one")
    void generationIsBoundedInStatements() throws Exception {
        long v = version(f.classA(), yearStart);
        for (int day = 1; day <= 5; day++) {
            for (int no = 1; no <= 5; no++) {
                save(v, null, day, no, x.math(), null, x.mathTeacher());
            }
        }
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        try (SqlCounter sql = SqlCounter.start(factory)) {
            GenerationResult week = generate(monday, monday.plusDays(6));
            int small = sql.statementCount() - sql.sequenceCount();
            assertEquals(25, week.created());

            sql.reset();
            GenerationResult weeks = generate(monday.plusDays(7), monday.plusDays(7 * 9 - 1));
            int large = sql.statementCount() - sql.sequenceCount();
            assertEquals(200, weeks.created());
            System.out.printf(
                    "SQL statements of lesson generation: 1 week (25 lessons) %d, 8 weeks (200 lessons) %d (+%d id blocks)%n",
                    small, large, sql.sequenceCount());
            sql.statements().stream().filter(s -> !SqlCounter.isBatchRow(s)).forEach(s -> System.out.println("  " + s));
            assertTrue(large <= small + 4, small + " vs " + large + ": " + sql.statements());

            sql.reset();
            GenerationResult again = generate(monday, monday.plusDays(7 * 9 - 1));
            assertEquals(225, again.unchanged());
            int idle = sql.statementCount() - sql.sequenceCount();
            System.out.println("SQL statements of generating 9 weeks again: " + idle);
            assertTrue(idle <= small, idle + ": " + sql.statements());

            sql.reset();
            DiaryWeek diaryWeek = Caller.as(f.parentA(), PARENT, () -> diary.week(f.studentA(), today));
            assertEquals(25, diaryWeek.timetable().size());
            List<String> timetableQueries = sql.statements().stream()
                    .filter(s -> s.contains("timetable_entry"))
                    .toList();
            assertEquals(1, timetableQueries.size(), "the diary's week reads the timetable in one statement");
        }
    }
}
