package ru.ejournal.demo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.monitoring.control.MonitoringRun;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.regulation.entity.RegulationVersion;
import ru.ejournal.reports.control.AtRiskPass;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * Builds the demo school: a year of four quarters, three classes of 25 (7Б split into two English
 * subgroups), staff with every role, parents, and the lessons from 1 September to yesterday (at
 * most two quarters) with topics, homework, marks, absences and excuses. Seeded: every run gives
 * the same school ({@link DemoPeople} makes the people, {@link DemoLessons} the journal, from one
 * random in one order).
 */
@Dependent
public class DemoSchoolBuilder {

    public static final String SCHOOL_CODE = "sch17";
    public static final String DEMO_PASSWORD = "demo2026";
    public static final String REGION_LOGIN = "region";

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    MonitoringRun monitoring;

    @Inject
    AtRiskPass atRisk;

    private final Random random = new Random(17);
    private final DemoNames names = new DemoNames(random);
    private School school;
    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    private final Map<String, WorkType> workTypes = new HashMap<>();

    public School build(LocalDate today) {
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        school = new School(SCHOOL_CODE, "МБОУ «Средняя общеобразовательная школа № 17»");
        school.setAddress("г. Энск, ул. Школьная, д. 5");
        school.setPeriodType(PeriodType.QUARTERS);
        em.persist(school);
        DemoPeople people = new DemoPeople(em, random, names, school);

        AcademicYear year = new AcademicYear(
                school,
                startYear + "/" + (startYear + 1),
                LocalDate.of(startYear, 9, 1),
                LocalDate.of(startYear + 1, 5, 31));
        year.setCurrent(true);
        em.persist(year);
        List<StudyPeriod> quarters = List.of(
                quarter(year, 1, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear, 10, 25)),
                quarter(year, 2, LocalDate.of(startYear, 11, 5), LocalDate.of(startYear, 12, 28)),
                quarter(year, 3, LocalDate.of(startYear + 1, 1, 12), LocalDate.of(startYear + 1, 3, 21)),
                quarter(year, 4, LocalDate.of(startYear + 1, 3, 31), LocalDate.of(startYear + 1, 5, 31)));

        workType("ORAL", "Ответ на уроке", 1, false);
        workType("HOMEWORK", "Домашняя работа", 1, false);
        workType("INDEPENDENT", "Самостоятельная работа", 2, true);
        workType("CONTROL", "Контрольная работа", 3, true);
        for (DemoSubjects.SubjectPlan plan : DemoSubjects.PLAN) {
            Subject subject = new Subject(school, plan.code(), plan.name());
            subject.setGrading(plan.grading());
            em.persist(subject);
            subjects.put(plan.code(), subject);
        }

        StaffMember director = people.staffMember("Петрова", "Ольга", "Викторовна", "Директор");
        StaffMember deputy = people.staffMember("Соколова", "Ирина", "Анатольевна", "Заместитель директора по УВР");
        StaffMember ivanova = people.staffMember("Иванова", "Мария", "Петровна", "Учитель русского языка и литературы");
        StaffMember smirnov = people.staffMember("Смирнов", "Алексей", "Николаевич", "Учитель математики");
        StaffMember kuznetsova = people.staffMember("Кузнецова", "Елена", "Сергеевна", "Учитель английского языка");
        StaffMember popov = people.staffMember("Попов", "Дмитрий", "Игоревич", "Учитель истории и английского языка");
        StaffMember volkova =
                people.staffMember("Волкова", "Анна", "Михайловна", "Учитель биологии, физкультуры и музыки");

        SchoolClass c5 = people.schoolClass(year, 5, "А", kuznetsova);
        SchoolClass c7 = people.schoolClass(year, 7, "Б", ivanova);
        SchoolClass c9 = people.schoolClass(year, 9, "В", smirnov);
        Map<SchoolClass, List<Student>> rosters = people.rosters();
        for (SchoolClass c : List.of(c5, c7, c9)) {
            rosters.put(c, people.students(c, startYear));
        }
        List<Parent> demoParents = people.parents();

        // 7Б learns English in two subgroups (D4); the other classes as a whole.
        List<Student> roster7 = rosters.get(c7);
        Subgroup eng1 = people.subgroup(
                c7, subjects.get("ENG"), "ENG-1", "Английский язык, 1 подгруппа", kuznetsova, roster7.subList(0, 13));
        Subgroup eng2 = people.subgroup(
                c7, subjects.get("ENG"), "ENG-2", "Английский язык, 2 подгруппа", popov, roster7.subList(13, 25));

        Map<String, StaffMember> teacherOf = Map.of(
                "RUS",
                ivanova,
                "LIT",
                ivanova,
                "MATH",
                smirnov,
                "ENG",
                kuznetsova,
                "HIST",
                popov,
                "BIO",
                volkova,
                "PE",
                volkova,
                "MUS",
                volkova);
        for (SchoolClass c : rosters.keySet()) {
            for (DemoSubjects.SubjectPlan plan : DemoSubjects.PLAN) {
                if (c == c7 && plan.code().equals("ENG")) {
                    em.persist(new TeachingAssignment(kuznetsova, c, eng1, subjects.get("ENG")));
                    em.persist(new TeachingAssignment(popov, c, eng2, subjects.get("ENG")));
                } else {
                    em.persist(new TeachingAssignment(teacherOf.get(plan.code()), c, null, subjects.get(plan.code())));
                }
            }
        }

        UserAccount admin = account("admin", EnumSet.of(Role.ADMIN), director);
        account("zavuch", EnumSet.of(Role.DEPUTY_DIRECTOR), deputy);
        UserAccount teacher = account("ivanova", EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), ivanova);
        account("smirnov", EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), smirnov);
        account("kuznetsova", EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), kuznetsova);
        account("popov", EnumSet.of(Role.SUBJECT_TEACHER), popov);
        account("volkova", EnumSet.of(Role.SUBJECT_TEACHER), volkova);
        UserAccount parentAccount = account("parent", EnumSet.of(Role.PARENT), null);
        parentAccount.setParent(demoParents.get(0));
        UserAccount studentAccount = account("student", EnumSet.of(Role.STUDENT), null);
        studentAccount.setStudent(roster7.get(0));
        regionAccount();

        LocalDate lastDay = today.minusDays(1).isBefore(quarters.get(1).getEndDate())
                ? today.minusDays(1)
                : quarters.get(1).getEndDate();
        DemoLessons journal = new DemoLessons(em, random, subjects, workTypes, rosters);
        for (SchoolClass c : rosters.keySet()) {
            journal.lessons(c, quarters, lastDay, teacherOf, c == c7 ? List.of(eng1, eng2) : List.of(), today);
        }
        journal.periodGrades(quarters.get(0), lastDay);

        RegulationVersion regulation = new RegulationVersion(
                school,
                "Положение об электронном журнале и электронном дневнике",
                "1. Электронный журнал (ЭЖ) и электронный дневник (ЭД) ведутся в школе в обязательном порядке.\n"
                        + "2. Родители (законные представители) получают доступ к ЭД своего ребёнка.\n"
                        + "3. Отметки выставляются в ЭЖ в день урока, за письменные работы — в течение трёх дней.\n"
                        + "4. Пароль для входа не передаётся третьим лицам.");
        regulation.setPublishedAt(instant(LocalDate.of(startYear, 9, 1)));
        regulation.setPublishedBy(admin.getLogin());
        regulation.setCurrent(true);
        em.persist(regulation);

        Message message = new Message(
                teacher,
                "Родительское собрание",
                "Уважаемые родители! Родительское собрание 7Б состоится в четверг в 18:00 в кабинете 21.",
                instant(today.minusDays(2)));
        message.addRecipient(parentAccount, roster7.get(0));
        em.persist(message);
        monitoring.run(school.getId(), today, Instant.now());
        atRisk.run(school.getId(), today, Instant.now()); // the pupils at risk, as the night would find them
        return school;
    }

    private StudyPeriod quarter(AcademicYear year, int number, LocalDate start, LocalDate end) {
        StudyPeriod period =
                new StudyPeriod(year, "Q" + number, number + " четверть", StudyPeriodKind.QUARTER, start, end);
        em.persist(period);
        return period;
    }

    private void workType(String code, String name, int weight, boolean marksRequired) {
        WorkType type = new WorkType(school, code, name, weight, marksRequired);
        em.persist(type);
        workTypes.put(code, type);
    }

    /** The demo region administrator {@code region}, an account of no school; created once. */
    public void regionAccount() {
        boolean present = !em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", REGION_LOGIN)
                .getResultList()
                .isEmpty();
        if (!present) {
            UserAccount region =
                    UserAccount.regionAdministrator(REGION_LOGIN, hasher.hash(DEMO_PASSWORD), Instant.now());
            region.setMustChangePassword(false);
            em.persist(region);
        }
    }

    private UserAccount account(String login, Set<Role> roles, StaffMember member) {
        UserAccount account = new UserAccount(school, login, hasher.hash(DEMO_PASSWORD), roles, Instant.now());
        account.setStaffMember(member);
        account.setEnabled(true);
        account.setMustChangePassword(false);
        em.persist(account);
        return account;
    }

    static Instant instant(LocalDate day) {
        return day.atTime(15, 0).atZone(ZONE).toInstant();
    }
}
