package ru.ejournal.it.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.school.boundary.AcademicYearService;
import ru.ejournal.school.boundary.BellRow;
import ru.ejournal.school.boundary.BellService;
import ru.ejournal.school.boundary.ClassData;
import ru.ejournal.school.boundary.ClassRow;
import ru.ejournal.school.boundary.PeriodRow;
import ru.ejournal.school.boundary.SchoolClassService;
import ru.ejournal.school.boundary.SubjectRow;
import ru.ejournal.school.boundary.SubjectService;
import ru.ejournal.school.boundary.WorkTypeRow;
import ru.ejournal.school.boundary.YearRow;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * The administrator sets up a school: a year and its periods, holidays, bells, classes, subjects and
 * work types. Every refusal says why in Russian and stores nothing; every change is in the history;
 * nobody but the school's own administrator changes anything.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolSetupIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    AcademicYearService years;

    @Inject
    MonitoringSettingsService holidays;

    @Inject
    BellService bells;

    @Inject
    SchoolClassService classes;

    @Inject
    SubjectService subjects;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("A year created with quarters gets the default dates that tile it, the history of each record,"
            + " and trimesters become the school's choice")
    void createsAYearWithDefaultQuarters() throws Exception {
        YearRow year =
                admin(() -> years.createYear(f.schoolId(), newYear("2030/2031", 2030), PeriodType.QUARTERS, List.of()));

        List<PeriodRow> periods = admin(() -> years.periods(f.schoolId(), year.id()));
        assertEquals(
                List.of("Q1", "Q2", "Q3", "Q4"),
                periods.stream().map(PeriodRow::code).toList());
        assertEquals(LocalDate.of(2030, 9, 1), periods.get(0).startDate());
        assertEquals(LocalDate.of(2030, 10, 31), periods.get(0).endDate());
        assertEquals(LocalDate.of(2030, 11, 1), periods.get(1).startDate());
        assertEquals(LocalDate.of(2031, 3, 31), periods.get(2).endDate());
        assertEquals(LocalDate.of(2031, 5, 31), periods.get(3).endDate());
        assertEquals("1 четверть", periods.get(0).name());
        assertFalse(year.current(), "the fixture's year stays current");
        assertEquals(4, history("AcademicYear", year.id()).size(), "name, dates and current flag");
        assertEquals(5, history("StudyPeriod", periods.get(0).id()).size());
        assertEquals(
                f.admin(), history("StudyPeriod", periods.get(0).id()).get(0).getChangedBy());

        YearRow trimesters = admin(
                () -> years.createYear(f.schoolId(), newYear("2031/2032", 2031), PeriodType.TRIMESTERS, List.of()));
        assertEquals(
                List.of("T1", "T2", "T3"),
                admin(() -> years.periods(f.schoolId(), trimesters.id())).stream()
                        .map(PeriodRow::code)
                        .toList());
        assertEquals(
                PeriodType.TRIMESTERS,
                tx.call(em -> em.find(School.class, f.schoolId()).getPeriodType()));
        assertEquals(
                "TRIMESTERS",
                history("School", f.schoolId()).stream()
                        .filter(c -> c.getField().equals("periodType"))
                        .findFirst()
                        .orElseThrow()
                        .getNewValue());
    }

    @Test
    @DisplayName("A new year marked current takes the flag from the old one; the current year cannot just be unmarked")
    void currentYearMoves() throws Exception {
        YearRow old = currentYear();
        YearRow next = admin(() -> years.createYear(
                f.schoolId(),
                new YearRow(null, "2035/2036", LocalDate.of(2035, 9, 1), LocalDate.of(2036, 5, 31), true, 0),
                PeriodType.HALF_YEARS,
                List.of()));
        assertTrue(next.current());
        assertFalse(currentOf(old.id()), "the old year is no longer current");
        assertTrue(history("AcademicYear", old.id()).stream()
                .anyMatch(c -> c.getField().equals("current") && "false".equals(c.getNewValue())));

        YearRow reread = find(next.id());
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> admin(() -> years.saveYear(
                        f.schoolId(),
                        new YearRow(
                                reread.id(),
                                reread.name(),
                                reread.startDate(),
                                reread.endDate(),
                                false,
                                reread.version()),
                        admin(() -> years.periods(f.schoolId(), reread.id())))));
        assertTrue(e.getMessage().startsWith("Текущий учебный год нельзя просто снять"), e.getMessage());
        assertTrue(currentOf(next.id()));
    }

    @Test
    @DisplayName("A bad year name, a year overlapping another and a duplicate name are refused and nothing is stored")
    void yearRefusals() throws Exception {
        long before = countYears();
        assertRefused(
                "Название учебного года пишется как «2026/2027»",
                () -> years.createYear(f.schoolId(), newYear("2030-2031", 2030), PeriodType.QUARTERS, List.of()));
        assertRefused(
                "Название учебного года пишется как «2026/2027»",
                () -> years.createYear(f.schoolId(), newYear("2030/2032", 2030), PeriodType.QUARTERS, List.of()));
        YearRow current = currentYear();
        assertRefused(
                "Даты пересекаются с учебным годом «" + current.name() + "»",
                () -> years.createYear(
                        f.schoolId(),
                        new YearRow(
                                null,
                                current.endDate().getYear() + "/"
                                        + (current.endDate().getYear() + 1),
                                current.endDate().minusDays(10),
                                current.endDate().plusMonths(9),
                                false,
                                0),
                        PeriodType.QUARTERS,
                        List.of()));
        assertRefused(
                "Учебный год «" + current.name() + "» уже есть",
                () -> years.createYear(
                        f.schoolId(),
                        new YearRow(null, current.name(), current.startDate(), current.endDate(), false, 0),
                        PeriodType.QUARTERS,
                        List.of()));
        assertEquals(before, countYears(), "nothing stored");
    }

    @Test
    @DisplayName("Overlapping periods, a gap, a period outside the year and duplicate codes are refused,"
            + " nothing changes; a gap made of holidays is accepted")
    void periodRefusals() throws Exception {
        YearRow year =
                admin(() -> years.createYear(f.schoolId(), newYear("2030/2031", 2030), PeriodType.QUARTERS, List.of()));
        List<PeriodRow> stored = admin(() -> years.periods(f.schoolId(), year.id()));
        int historyBefore = history("StudyPeriod", stored.get(1).id()).size();

        List<PeriodRow> overlap =
                with(stored, 1, LocalDate.of(2030, 10, 20), stored.get(1).endDate());
        assertRefused(
                "Периоды «1 четверть» (01.09.2030–31.10.2030) и «2 четверть» (20.10.2030–31.12.2030) пересекаются",
                () -> years.saveYear(f.schoolId(), year, overlap));

        List<PeriodRow> gap =
                with(stored, 1, LocalDate.of(2030, 11, 10), stored.get(1).endDate());
        assertRefused(
                "Между периодами «1 четверть» и «2 четверть» пропущены дни 01.11.2030–09.11.2030",
                () -> years.saveYear(f.schoolId(), year, gap));

        List<PeriodRow> outside = with(stored, 3, stored.get(3).startDate(), LocalDate.of(2031, 6, 30));
        assertRefused(
                "Период «4 четверть» (01.04.2031–30.06.2031) выходит за границы учебного года (01.09.2030–31.05.2031)",
                () -> years.saveYear(f.schoolId(), year, outside));

        List<PeriodRow> duplicate = new ArrayList<>(stored);
        PeriodRow q2 = stored.get(1);
        duplicate.set(
                1,
                new PeriodRow(q2.id(), "q1", q2.name(), q2.kind(), q2.startDate(), q2.endDate(), false, q2.version()));
        assertRefused("Код периода «q1» повторяется", () -> years.saveYear(f.schoolId(), year, duplicate));

        List<PeriodRow> shortLast = with(stored, 3, stored.get(3).startDate(), LocalDate.of(2031, 5, 20));
        assertRefused(
                "Последний период «4 четверть» должен заканчиваться в последний день учебного года, 31.05.2031",
                () -> years.saveYear(f.schoolId(), year, shortLast));

        assertEquals(stored, admin(() -> years.periods(f.schoolId(), year.id())), "nothing changed");
        assertEquals(historyBefore, history("StudyPeriod", stored.get(1).id()).size(), "no history of refusals");

        admin(() -> holidays.addHoliday(
                f.schoolId(), LocalDate.of(2030, 11, 1), LocalDate.of(2030, 11, 9), "Осенние каникулы"));
        YearRow saved = admin(() -> years.saveYear(f.schoolId(), year, gap));
        assertEquals(year.id(), saved.id());
        PeriodRow q2saved = admin(() -> years.periods(f.schoolId(), year.id())).get(1);
        assertEquals(LocalDate.of(2030, 11, 10), q2saved.startDate());
        ChangeRecord change = history("StudyPeriod", q2.id()).get(0);
        assertEquals("startDate", change.getField());
        assertEquals("2030-11-01", change.getOldValue());
        assertEquals("2030-11-10", change.getNewValue());
        assertFalse(
                history(MonitoringSettingsService.HOLIDAY_HISTORY_TYPE, null).isEmpty(),
                "the holidays added are in the history too");

        assertThrows(
                ConflictException.class,
                () -> admin(() -> years.saveYear(f.schoolId(), year, gap)),
                "the year's old version is stale");
    }

    @Test
    @DisplayName("A closed period cannot be edited; the open ones can")
    void closedPeriodIsNotEdited() throws Exception {
        YearRow year = admin(
                () -> years.createYear(f.schoolId(), newYear("2030/2031", 2030), PeriodType.HALF_YEARS, List.of()));
        List<PeriodRow> stored = admin(() -> years.periods(f.schoolId(), year.id()));
        tx.call(em -> {
            em.find(StudyPeriod.class, stored.get(0).id()).setClosed(true);
            return null;
        });
        List<PeriodRow> closedNow = admin(() -> years.periods(f.schoolId(), year.id()));
        List<PeriodRow> moved = with(closedNow, 0, closedNow.get(0).startDate(), LocalDate.of(2031, 1, 10));
        moved = with(moved, 1, LocalDate.of(2031, 1, 11), closedNow.get(1).endDate());
        List<PeriodRow> attempt = moved;
        assertRefused("Период «1 полугодие» закрыт", () -> years.saveYear(f.schoolId(), year, attempt));
        assertEquals(closedNow, admin(() -> years.periods(f.schoolId(), year.id())));

        List<PeriodRow> renamed = new ArrayList<>(closedNow);
        PeriodRow h2 = closedNow.get(1);
        renamed.set(
                1,
                new PeriodRow(
                        h2.id(),
                        h2.code(),
                        "Второе полугодие",
                        h2.kind(),
                        h2.startDate(),
                        h2.endDate(),
                        false,
                        h2.version()));
        admin(() -> years.saveYear(f.schoolId(), year, renamed));
        assertEquals(
                "Второе полугодие",
                admin(() -> years.periods(f.schoolId(), year.id())).get(1).name());
    }

    @Test
    @DisplayName("Bells: lessons 0–10, start before end, no overlap with the next lesson; refusals store nothing;"
            + " everybody of the school reads them")
    void bells() throws Exception {
        BellRow first = admin(() -> bells.addBell(f.schoolId(), 1, LocalTime.of(8, 30), LocalTime.of(9, 15)));
        admin(() -> bells.addBell(f.schoolId(), 2, LocalTime.of(9, 25), LocalTime.of(10, 10)));

        assertRefused(
                "Урок 3: начало (11:00) должно быть раньше конца (10:45)",
                () -> bells.addBell(f.schoolId(), 3, LocalTime.of(11, 0), LocalTime.of(10, 45)));
        assertRefused(
                "Урок 2 (09:25–10:10) пересекается со следующим уроком 3 (10:05–10:50)",
                () -> bells.addBell(f.schoolId(), 3, LocalTime.of(10, 5), LocalTime.of(10, 50)));
        assertRefused(
                "Урок 0 (07:40–08:35) пересекается со следующим уроком 1 (08:30–09:15)",
                () -> bells.addBell(f.schoolId(), 0, LocalTime.of(7, 40), LocalTime.of(8, 35)));
        assertRefused(
                "Номер урока: от 0 до 10",
                () -> bells.addBell(f.schoolId(), 11, LocalTime.of(18, 0), LocalTime.of(18, 45)));
        assertRefused(
                "Звонки урока 2 уже заданы",
                () -> bells.addBell(f.schoolId(), 2, LocalTime.of(12, 0), LocalTime.of(12, 45)));
        assertRefused(
                "Урок 1 (08:30–09:30) пересекается со следующим уроком 2 (09:25–10:10)",
                () -> bells.updateBell(
                        f.schoolId(),
                        new BellRow(first.id(), 1, LocalTime.of(8, 30), LocalTime.of(9, 30), first.version())));

        List<BellRow> list = Caller.as(f.parentA(), PARENT, () -> bells.bells(f.schoolId()));
        assertEquals(2, list.size(), "refusals stored nothing");
        assertEquals(LocalTime.of(9, 15), list.get(0).endTime());
        assertEquals(
                2,
                Caller.as(f.studentALogin(), STUDENT, () -> bells.bells(f.schoolId()))
                        .size());

        admin(() -> bells.updateBell(
                f.schoolId(), new BellRow(first.id(), 1, LocalTime.of(8, 30), LocalTime.of(9, 10), first.version())));
        ChangeRecord change = history("Bell", first.id()).get(0);
        assertEquals("endTime", change.getField());
        assertEquals("09:15", change.getOldValue());
        assertEquals("09:10", change.getNewValue());

        admin(() -> {
            bells.removeBell(f.schoolId(), first.id());
            return null;
        });
        assertEquals(1, admin(() -> bells.bells(f.schoolId())).size());
        assertTrue(history("Bell", first.id()).stream()
                .anyMatch(c -> c.getField().equals("startTime") && c.getNewValue() == null));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> bells.bells(f.schoolId())));
    }

    @Test
    @DisplayName("A class «7Б» with a class teacher; a duplicate, a bad letter or grade and another school's teacher"
            + " are refused; the list is paged and filtered")
    void classes() throws Exception {
        Long yearId = currentYear().id();
        Long teacher = tx.call(em -> em.createQuery(
                        "select s.id from StaffMember s where s.school.id = :school and s.lastName = 'Смирнов'",
                        Long.class)
                .setParameter("school", f.schoolId())
                .getSingleResult());
        ClassRow created = admin(() -> classes.createClass(f.schoolId(), yearId, new ClassData(7, "б", teacher)));
        assertEquals("7Б", created.code());
        assertEquals("Смирнов Мария Ивановна", created.teacherName());
        assertEquals(
                "7Б",
                history("SchoolClass", created.id()).stream()
                        .filter(c -> c.getField().equals("code"))
                        .findFirst()
                        .orElseThrow()
                        .getNewValue());
        long count = admin(() -> classes.countClasses(f.schoolId(), yearId, null));

        assertRefused(
                "Класс «7Б» в учебном году",
                () -> classes.createClass(f.schoolId(), yearId, new ClassData(7, "Б", null)));
        assertRefused(
                "Буква класса: одна или две русские буквы",
                () -> classes.createClass(f.schoolId(), yearId, new ClassData(8, "Z", null)));
        Long otherTeacher =
                tx.call(em -> em.createQuery("select s.id from StaffMember s where s.school.id <> :school", Long.class)
                        .setParameter("school", f.schoolId())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(-1L));
        assertRefused(
                "Классный руководитель должен быть сотрудником этой школы",
                () -> classes.createClass(f.schoolId(), yearId, new ClassData(8, "А", otherTeacher)));
        Exception tooHigh = assertThrows(
                Exception.class,
                () -> admin(() -> classes.createClass(f.schoolId(), yearId, new ClassData(12, "А", null))));
        assertTrue(
                cause(tooHigh, ConstraintViolationException.class).getMessage().contains("Номер класса: от 1 до 11"));
        assertRefused(
                "Класс «5А» в учебном году",
                () -> classes.updateClass(f.schoolId(), created.id(), created.version(), new ClassData(5, "А", null)));
        assertEquals(count, (long) admin(() -> classes.countClasses(f.schoolId(), yearId, null)), "nothing stored");

        List<ClassRow> filtered = admin(() -> classes.classes(f.schoolId(), yearId, "смирн", 0, 10));
        assertEquals(List.of("7Б"), filtered.stream().map(ClassRow::code).toList());
        assertEquals(
                2,
                admin(() -> classes.classes(f.schoolId(), yearId, null, 1, 2)).size(),
                "the second page");
    }

    @Test
    @DisplayName("Subjects and work types: names checked, duplicates refused, nothing stored on a refusal,"
            + " grading fixed once there are marks, history of each change")
    void subjectsAndWorkTypes() throws Exception {
        SubjectRow obzh = admin(() -> subjects.createSubject(
                f.schoolId(), "  Основы  безопасности жизнедеятельности (ОБЖ) №2 ", Grading.PASS_FAIL));
        assertEquals("Основы безопасности жизнедеятельности (ОБЖ) №2", obzh.name());
        assertEquals(Grading.PASS_FAIL, obzh.grading());
        assertFalse(history("Subject", obzh.id()).isEmpty());
        long count = admin(() -> subjects.countSubjects(f.schoolId(), null));

        assertRefused(
                "Название предмета: допустимы буквы, цифры, пробелы и знаки",
                () -> subjects.createSubject(f.schoolId(), "<script>alert(1)</script>", Grading.MARKS));
        assertRefused(
                "Название предмета: допустимы буквы", () -> subjects.createSubject(f.schoolId(), "123", Grading.MARKS));
        assertRefused(
                "Предмет «Математика» уже есть",
                () -> subjects.createSubject(f.schoolId(), "математика", Grading.MARKS));
        assertEquals(count, (long) admin(() -> subjects.countSubjects(f.schoolId(), null)), "nothing stored");
        assertEquals(
                1, admin(() -> subjects.subjects(f.schoolId(), "обж", 0, 10)).size());

        SubjectRow math = admin(() -> subjects.subjects(f.schoolId(), "Математика", 0, 10))
                .get(0);
        tx.call(em -> {
            Lesson lesson = em.find(Lesson.class, f.lessonA());
            WorkType oral = em.createQuery("select w from WorkType w where w.school.id = :s", WorkType.class)
                    .setParameter("s", f.schoolId())
                    .getResultList()
                    .get(0);
            em.persist(new Mark(lesson, em.find(Student.class, f.studentA()), "5", oral, "it", Instant.now()));
            return null;
        });
        assertRefused(
                "По предмету «Математика» уже есть отметки",
                () -> subjects.updateSubject(
                        f.schoolId(),
                        new SubjectRow(math.id(), null, "Математика", Grading.PASS_FAIL, math.version())));
        SubjectRow renamed = admin(() -> subjects.updateSubject(
                f.schoolId(), new SubjectRow(math.id(), null, "Алгебра", Grading.MARKS, math.version())));
        assertEquals("Алгебра", renamed.name());
        assertEquals("Математика", history("Subject", math.id()).get(0).getOldValue());

        WorkTypeRow project = admin(() -> subjects.createWorkType(f.schoolId(), "Проектная работа", 4, true));
        assertEquals(4, project.weight());
        int types = admin(() -> subjects.workTypes(f.schoolId())).size();
        assertRefused("Вес вида работы: от 1 до 10", () -> subjects.createWorkType(f.schoolId(), "Зачёт", 0, false));
        assertRefused("Вес вида работы: от 1 до 10", () -> subjects.createWorkType(f.schoolId(), "Зачёт", 11, false));
        assertRefused(
                "Вид работы «Проектная работа» уже есть",
                () -> subjects.createWorkType(f.schoolId(), "проектная работа", 2, false));
        assertRefused("Название вида работы: допустимы", () -> subjects.createWorkType(f.schoolId(), "a<b>", 2, false));
        assertEquals(types, admin(() -> subjects.workTypes(f.schoolId())).size(), "nothing stored");
        admin(() -> subjects.updateWorkType(
                f.schoolId(), new WorkTypeRow(project.id(), null, "Проектная работа", 5, true, project.version())));
        ChangeRecord weight = history("WorkType", project.id()).get(0);
        assertEquals("weight", weight.getField());
        assertEquals("4", weight.getOldValue());
        assertEquals("5", weight.getNewValue());
    }

    @Test
    @DisplayName("Another school's administrator, the deputy director, a class teacher and a parent change nothing")
    void refusals() throws Exception {
        Long yearId = currentYear().id();
        long yearsBefore = countYears();
        String other = f.otherSchoolAdmin();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        other,
                        ADMIN,
                        () -> years.createYear(
                                f.schoolId(), newYear("2030/2031", 2030), PeriodType.QUARTERS, List.of())));
        assertThrows(AccessDeniedException.class, () -> Caller.as(other, ADMIN, () -> years.years(f.schoolId())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(other, ADMIN, () -> years.periods(f.otherSchoolId(), yearId)),
                "a year of another school through one's own school");
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        other, ADMIN, () -> classes.createClass(f.schoolId(), yearId, new ClassData(9, "А", null))));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(other, ADMIN, () -> subjects.createSubject(f.schoolId(), "Астрономия", Grading.MARKS)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        other, ADMIN, () -> bells.addBell(f.schoolId(), 1, LocalTime.of(8, 0), LocalTime.of(8, 45))));

        for (var who : List.of(
                new Object[] {f.deputy(), DEPUTY},
                new Object[] {f.classTeacherA(), CLASS_TEACHER},
                new Object[] {f.parentA(), PARENT})) {
            String login = (String) who[0];
            @SuppressWarnings("unchecked")
            java.util.Set<String> roles = (java.util.Set<String>) who[1];
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.as(
                            login,
                            roles,
                            () -> years.createYear(
                                    f.schoolId(), newYear("2030/2031", 2030), PeriodType.QUARTERS, List.of())),
                    login);
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.as(
                            login, roles, () -> classes.createClass(f.schoolId(), yearId, new ClassData(9, "А", null))),
                    login);
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.as(
                            login, roles, () -> subjects.createSubject(f.schoolId(), "Астрономия", Grading.MARKS)),
                    login);
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.as(login, roles, () -> subjects.createWorkType(f.schoolId(), "Эссе", 2, false)),
                    login);
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.as(
                            login,
                            roles,
                            () -> bells.addBell(f.schoolId(), 1, LocalTime.of(8, 0), LocalTime.of(8, 45))),
                    login);
            assertThrows(
                    EJBAccessException.class, () -> Caller.as(login, roles, () -> years.years(f.schoolId())), login);
        }
        assertEquals(yearsBefore, countYears());
        assertEquals(2, (long) admin(() -> classes.countClasses(f.schoolId(), yearId, null)));
        assertEquals(
                0,
                admin(() -> subjects.subjects(f.schoolId(), "Астрономия", 0, 10))
                        .size());
        assertEquals(0, admin(() -> bells.bells(f.schoolId())).size());
    }

    // --- helpers

    private <T> T admin(java.util.concurrent.Callable<T> action) throws Exception {
        return Caller.as(f.admin(), ADMIN, action);
    }

    private void assertRefused(String expectedStart, java.util.concurrent.Callable<?> action) {
        BusinessException e = assertThrows(BusinessException.class, () -> admin(action));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    private static YearRow newYear(String name, int start) {
        return new YearRow(null, name, LocalDate.of(start, 9, 1), LocalDate.of(start + 1, 5, 31), false, 0);
    }

    private static List<PeriodRow> with(List<PeriodRow> periods, int index, LocalDate start, LocalDate end) {
        List<PeriodRow> changed = new ArrayList<>(periods);
        changed.set(index, periods.get(index).withDates(start, end));
        return changed;
    }

    private YearRow currentYear() throws Exception {
        return admin(() -> years.years(f.schoolId())).stream()
                .filter(YearRow::current)
                .findFirst()
                .orElseThrow();
    }

    private YearRow find(Long id) throws Exception {
        return admin(() -> years.years(f.schoolId())).stream()
                .filter(y -> y.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private boolean currentOf(Long yearId) throws Exception {
        return find(yearId).current();
    }

    private long countYears() {
        return tx.call(
                em -> em.createQuery("select count(y) from AcademicYear y where y.school.id = :school", Long.class)
                        .setParameter("school", f.schoolId())
                        .getSingleResult());
    }

    /** The history of one record, the latest first; {@code entityId} null: every record of the type in the school. */
    private List<ChangeRecord> history(String type, Long entityId) {
        return tx.call(em -> em.createQuery(
                        "select c from ChangeRecord c where c.school.id = :school and c.entityType = :type"
                                + " order by c.changedAt desc, c.id desc",
                        ChangeRecord.class)
                .setParameter("school", f.schoolId())
                .setParameter("type", type)
                .getResultStream()
                .filter(c -> entityId == null || c.getEntityId().equals(entityId))
                .toList());
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but was " + e, e);
    }
}
