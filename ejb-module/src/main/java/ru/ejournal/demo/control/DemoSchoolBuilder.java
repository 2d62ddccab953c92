package ru.ejournal.demo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.monitoring.control.MonitoringRun;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.regulation.entity.RegulationVersion;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.Grading;
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
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * Builds the demo school: a year of four quarters, three classes of 25 (7Б split into two English
 * subgroups), staff with every role, parents, and the lessons from 1 September to yesterday (at
 * most two quarters) with topics, homework, marks, absences and excuses. Seeded: every run gives
 * the same school.
 */
@Dependent
public class DemoSchoolBuilder {

    public static final String SCHOOL_CODE = "sch17";
    public static final String DEMO_PASSWORD = "demo2026";
    public static final String REGION_LOGIN = "region";

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final int STUDENTS_PER_CLASS = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    MonitoringRun monitoring;

    private final Random random = new Random(17);
    private final DemoNames names = new DemoNames(random);
    private School school;
    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    private final Map<String, WorkType> workTypes = new HashMap<>();
    private final Map<SchoolClass, List<Student>> rosters = new LinkedHashMap<>();
    private final Map<Student, DemoNames.Family> families = new HashMap<>();

    /** Subject code, name, grading, weekly lessons, topics. */
    private record SubjectPlan(String code, String name, Grading grading, int perWeek, List<String> topics) {}

    private static final List<SubjectPlan> PLAN = List.of(
            new SubjectPlan(
                    "RUS",
                    "Русский язык",
                    Grading.MARKS,
                    4,
                    List.of(
                            "Повторение изученного в прошлом году",
                            "Части речи",
                            "Орфограммы в корнях слов",
                            "Причастие как часть речи",
                            "Причастный оборот",
                            "Действительные и страдательные причастия",
                            "Деепричастие",
                            "Деепричастный оборот",
                            "Наречие как часть речи",
                            "Степени сравнения наречий",
                            "Развитие речи: изложение",
                            "Правописание не с наречиями")),
            new SubjectPlan(
                    "LIT",
                    "Литература",
                    Grading.MARKS,
                    2,
                    List.of(
                            "Былины. «Вольга и Микула Селянинович»",
                            "А. С. Пушкин. «Полтава»",
                            "М. Ю. Лермонтов. «Песня про царя Ивана Васильевича…»",
                            "Н. В. Гоголь. «Тарас Бульба»",
                            "И. С. Тургенев. «Бирюк»",
                            "Н. А. Некрасов. «Русские женщины»",
                            "Л. Н. Толстой. «Детство»")),
            new SubjectPlan(
                    "MATH",
                    "Математика",
                    Grading.MARKS,
                    5,
                    List.of(
                            "Выражения и тождества",
                            "Уравнения с одной переменной",
                            "Решение задач с помощью уравнений",
                            "Функции и их графики",
                            "Линейная функция",
                            "Степень с натуральным показателем",
                            "Одночлены",
                            "Многочлены",
                            "Сложение и вычитание многочленов",
                            "Умножение одночлена на многочлен")),
            new SubjectPlan(
                    "ENG",
                    "Английский язык",
                    Grading.MARKS,
                    3,
                    List.of(
                            "Past Simple",
                            "My school day",
                            "Present Perfect",
                            "Travelling",
                            "Reading: Famous people",
                            "Future forms",
                            "Writing a letter")),
            new SubjectPlan(
                    "HIST",
                    "История",
                    Grading.MARKS,
                    2,
                    List.of(
                            "Великие географические открытия",
                            "Россия в XVI веке",
                            "Иван Грозный",
                            "Смутное время",
                            "Первые Романовы",
                            "Культура XVII века")),
            new SubjectPlan(
                    "BIO",
                    "Биология",
                    Grading.MARKS,
                    2,
                    List.of(
                            "Многообразие животного мира",
                            "Простейшие",
                            "Кишечнополостные",
                            "Черви",
                            "Моллюски",
                            "Членистоногие")),
            new SubjectPlan(
                    "PE",
                    "Физическая культура",
                    Grading.MARKS,
                    2,
                    List.of("Лёгкая атлетика: бег", "Прыжки в длину", "Баскетбол", "Волейбол", "Гимнастика")),
            new SubjectPlan(
                    "MUS",
                    "Музыка",
                    Grading.PASS_FAIL,
                    1,
                    List.of("Классика и современность", "Музыкальная драматургия", "Жанры инструментальной музыки")));

    public School build(LocalDate today) {
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        school = new School(SCHOOL_CODE, "МБОУ «Средняя общеобразовательная школа № 17»");
        school.setAddress("г. Энск, ул. Школьная, д. 5");
        school.setPeriodType(PeriodType.QUARTERS);
        em.persist(school);

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
        for (SubjectPlan plan : PLAN) {
            Subject subject = new Subject(school, plan.code(), plan.name());
            subject.setGrading(plan.grading());
            em.persist(subject);
            subjects.put(plan.code(), subject);
        }

        StaffMember director = staffMember("Петрова", "Ольга", "Викторовна", "Директор");
        StaffMember deputy = staffMember("Соколова", "Ирина", "Анатольевна", "Заместитель директора по УВР");
        StaffMember ivanova = staffMember("Иванова", "Мария", "Петровна", "Учитель русского языка и литературы");
        StaffMember smirnov = staffMember("Смирнов", "Алексей", "Николаевич", "Учитель математики");
        StaffMember kuznetsova = staffMember("Кузнецова", "Елена", "Сергеевна", "Учитель английского языка");
        StaffMember popov = staffMember("Попов", "Дмитрий", "Игоревич", "Учитель истории и английского языка");
        StaffMember volkova = staffMember("Волкова", "Анна", "Михайловна", "Учитель биологии, физкультуры и музыки");

        SchoolClass c5 = schoolClass(year, 5, "А", kuznetsova);
        SchoolClass c7 = schoolClass(year, 7, "Б", ivanova);
        SchoolClass c9 = schoolClass(year, 9, "В", smirnov);
        for (SchoolClass c : List.of(c5, c7, c9)) {
            rosters.put(c, students(c, startYear));
        }
        List<Parent> demoParents = parents();

        // 7Б learns English in two subgroups (D4); the other classes as a whole.
        List<Student> roster7 = rosters.get(c7);
        Subgroup eng1 = subgroup(c7, "ENG-1", "Английский язык, 1 подгруппа", kuznetsova, roster7.subList(0, 13));
        Subgroup eng2 = subgroup(c7, "ENG-2", "Английский язык, 2 подгруппа", popov, roster7.subList(13, 25));

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
            for (SubjectPlan plan : PLAN) {
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
        for (SchoolClass c : rosters.keySet()) {
            lessons(c, quarters, lastDay, teacherOf, c == c7 ? List.of(eng1, eng2) : List.of(), today);
        }
        periodGrades(quarters.get(0), lastDay);

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

    private StaffMember staffMember(String last, String first, String patronymic, String position) {
        StaffMember member = new StaffMember(school, last, first, patronymic);
        member.setPosition(position);
        member.setPhone(names.phone());
        em.persist(member);
        return member;
    }

    private SchoolClass schoolClass(AcademicYear year, int grade, String letter, StaffMember classTeacher) {
        SchoolClass c = new SchoolClass(year, grade, letter);
        c.setClassTeacher(classTeacher);
        em.persist(c);
        return c;
    }

    private List<Student> students(SchoolClass c, int startYear) {
        List<Student> roster = new ArrayList<>();
        int birthYear = startYear - c.getGrade() - 6;
        for (int i = 0; i < STUDENTS_PER_CLASS; i++) {
            Gender gender = random.nextBoolean() ? Gender.M : Gender.F;
            DemoNames.Family family = names.family();
            Student s = new Student(
                    c,
                    c.getCode() + "-" + (i + 1),
                    DemoNames.lastName(family.lastName(), gender),
                    names.firstName(gender),
                    DemoNames.patronymic(family, gender));
            s.setGender(gender);
            s.setBirthDate(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .minusYears(random.nextInt(10) < 8 ? 0 : 1));
            s.setHomeAddress(names.address());
            families.put(s, family);
            s.setArrivedOn(LocalDate.of(startYear - c.getGrade() + 1, 9, 1));
            if (random.nextInt(4) > 0) {
                s.setVerifiedAt(instant(LocalDate.of(startYear, 9, 10 + random.nextInt(15))));
                s.setVerifiedBy("ivanova");
            }
            em.persist(s);
            roster.add(s);
        }
        roster.sort((a, b) -> a.fullName().compareTo(b.fullName()));
        return roster;
    }

    /**
     * A mother for every student and a father for most; the first student of 7Б and the first of 5А
     * are siblings, whose mother is the demo parent. Returns the demo parents (mother first).
     */
    private List<Parent> parents() {
        List<SchoolClass> classes = new ArrayList<>(rosters.keySet());
        Student sibling7 = rosters.get(classes.get(1)).get(0);
        Student sibling5 = rosters.get(classes.get(0)).get(0);
        DemoNames.Family family7 = families.get(sibling7);
        sibling5.setLastName(DemoNames.lastName(family7.lastName(), sibling5.getGender()));
        sibling5.setPatronymic(DemoNames.patronymic(family7, sibling5.getGender()));
        List<Parent> demo = new ArrayList<>();
        for (List<Student> roster : rosters.values()) {
            for (Student s : roster) {
                if (s == sibling5) {
                    continue;
                }
                DemoNames.Family family = families.get(s);
                Parent mother = parent(
                        DemoNames.lastName(family.lastName(), Gender.F),
                        names.motherName(),
                        names.anyPatronymic(Gender.F),
                        s);
                link(s, mother, Relation.MOTHER);
                Parent father = null;
                if (random.nextInt(10) < 6) {
                    father = parent(family.lastName(), family.father()[0], names.anyPatronymic(Gender.M), s);
                    link(s, father, Relation.FATHER);
                }
                if (s == sibling7) {
                    demo.add(mother);
                    link(sibling5, mother, Relation.MOTHER);
                    if (father != null) {
                        link(sibling5, father, Relation.FATHER);
                    }
                }
            }
        }
        return demo;
    }

    private Parent parent(String last, String first, String patronymic, Student child) {
        Parent p = new Parent(school, last, first, patronymic);
        p.setPhone(names.phone());
        p.setWorkplace(names.workplace());
        p.setHomeAddress(child.getHomeAddress());
        em.persist(p);
        return p;
    }

    private void link(Student s, Parent p, Relation relation) {
        em.persist(new StudentParent(s, p, relation));
    }

    private Subgroup subgroup(SchoolClass c, String code, String name, StaffMember teacher, List<Student> members) {
        Subgroup g = new Subgroup(c, subjects.get("ENG"), code, name);
        g.setTeacher(teacher);
        g.getMembers().addAll(members);
        em.persist(g);
        return g;
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

    /** A weekly timetable: each subject's lessons spread over Monday–Friday, periods 1–6. */
    private void lessons(
            SchoolClass c,
            List<StudyPeriod> quarters,
            LocalDate lastDay,
            Map<String, StaffMember> teacherOf,
            List<Subgroup> englishGroups,
            LocalDate today) {
        List<List<SubjectPlan>> week = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            week.add(new ArrayList<>());
        }
        int slot = c.getGrade();
        for (SubjectPlan plan : PLAN) {
            for (int n = 0; n < plan.perWeek(); n++) {
                week.get(slot++ % 5).add(plan);
            }
        }
        Map<String, Integer> taught = new HashMap<>();
        List<Student> roster = rosters.get(c);
        Map<Student, LocalDate[]> illness = illnesses(roster, quarters.get(0).getStartDate(), lastDay);
        for (StudyPeriod quarter : quarters.subList(0, 2)) {
            for (LocalDate day = quarter.getStartDate();
                    !day.isAfter(quarter.getEndDate()) && !day.isAfter(lastDay);
                    day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                List<SubjectPlan> plans = week.get(day.getDayOfWeek().getValue() - 1);
                for (int p = 0; p < plans.size(); p++) {
                    SubjectPlan plan = plans.get(p);
                    int number = taught.merge(plan.code(), 1, Integer::sum);
                    if (plan.code().equals("ENG") && !englishGroups.isEmpty()) {
                        for (Subgroup g : englishGroups) {
                            lesson(
                                    c,
                                    g,
                                    plan,
                                    g.getTeacher(),
                                    day,
                                    p + 1,
                                    number,
                                    roster.stream()
                                            .filter(g.getMembers()::contains)
                                            .toList(),
                                    illness,
                                    today);
                        }
                    } else {
                        lesson(c, null, plan, teacherOf.get(plan.code()), day, p + 1, number, roster, illness, today);
                    }
                }
            }
        }
    }

    /** Some students are ill for a few days, with a doctor's note (справка). */
    private Map<Student, LocalDate[]> illnesses(List<Student> roster, LocalDate from, LocalDate to) {
        Map<Student, LocalDate[]> ill = new HashMap<>();
        long days = to.toEpochDay() - from.toEpochDay();
        for (Student s : roster) {
            if (days > 10 && random.nextInt(10) < 3) {
                LocalDate start = from.plusDays(5 + random.nextInt((int) days - 8));
                LocalDate end = start.plusDays(1 + random.nextInt(4));
                ill.put(s, new LocalDate[] {start, end});
                AbsenceExcuse excuse = new AbsenceExcuse(
                        s, start, end, ExcuseReason.ILLNESS, "справка", "ivanova", instant(end.plusDays(1)));
                em.persist(excuse);
            }
        }
        return ill;
    }

    private void lesson(
            SchoolClass c,
            Subgroup group,
            SubjectPlan plan,
            StaffMember teacher,
            LocalDate day,
            int periodNo,
            int number,
            List<Student> students,
            Map<Student, LocalDate[]> illness,
            LocalDate today) {
        Lesson lesson = new Lesson(c, group, subjects.get(plan.code()), teacher, day, periodNo);
        boolean recent = day.isAfter(today.minusDays(4));
        // A few recent lessons are not filled in yet, so that monitoring has something to report.
        boolean unfilled = recent && random.nextInt(6) == 0;
        if (!unfilled) {
            lesson.setTopic(plan.topics().get((number - 1) / 4 % plan.topics().size()));
            lesson.setTopicEnteredAt(instant(day));
            lesson.setHomework(
                    plan.code().equals("PE") || plan.code().equals("MUS")
                            ? null
                            : "§ " + (1 + number / 2) + ", упр. " + (10 + number * 3 % 90));
            lesson.setAttendanceTaken(true);
            lesson.setAttendanceTakenAt(instant(day));
        }
        String workType = number % 8 == 0 ? "CONTROL" : number % 4 == 0 ? "INDEPENDENT" : "ORAL";
        lesson.setWorkType(workTypes.get(workType));
        em.persist(lesson);
        if (unfilled) {
            return;
        }
        for (Student s : students) {
            AbsenceCode absence = absence(s, day, illness, recent);
            if (absence != null) {
                em.persist(new Absence(lesson, s, absence, "demo", instant(day)));
                if (absence != AbsenceCode.OP) {
                    continue;
                }
            }
            boolean marked = workType.equals("ORAL") ? random.nextInt(5) == 0 : random.nextInt(10) < 9;
            if (marked) {
                em.persist(new Mark(lesson, s, markValue(s, plan), lesson.getWorkType(), "demo", instant(day)));
            }
        }
    }

    private AbsenceCode absence(Student s, LocalDate day, Map<Student, LocalDate[]> illness, boolean recent) {
        LocalDate[] ill = illness.get(s);
        if (ill != null && !day.isBefore(ill[0]) && !day.isAfter(ill[1])) {
            return AbsenceCode.B;
        }
        int r = random.nextInt(1000);
        if (r < 4) {
            return AbsenceCode.P;
        }
        if (r < 10) {
            return AbsenceCode.OP;
        }
        if (r < 14) {
            return AbsenceCode.U;
        }
        return recent && r < 30 ? AbsenceCode.N : null;
    }

    /** Each student has a steady ability, so that averages differ between students. */
    private String markValue(Student s, SubjectPlan plan) {
        if (plan.grading() == Grading.PASS_FAIL) {
            return random.nextInt(20) == 0 ? "НЕЗАЧ" : "ЗАЧ";
        }
        double ability = 2.8 + (Math.abs((s.getLastName() + s.getFirstName()).hashCode()) % 100) / 45.0;
        long value = Math.round(ability + random.nextGaussian() * 0.8);
        return String.valueOf(Math.max(2, Math.min(5, value)));
    }

    /** Quarter grades from the weighted average; history in 9В is left for the teacher to enter. */
    private void periodGrades(StudyPeriod quarter, LocalDate lastDay) {
        if (!lastDay.isAfter(quarter.getEndDate())) {
            return;
        }
        em.flush();
        for (Map.Entry<SchoolClass, List<Student>> entry : rosters.entrySet()) {
            for (Subject subject : subjects.values()) {
                if (entry.getKey().getGrade() == 9 && subject.getCode().equals("HIST")) {
                    continue;
                }
                for (Student s : entry.getValue()) {
                    String grade = proposedGrade(s, subject, quarter);
                    em.persist(new PeriodGrade(
                            s, subject, quarter, PeriodGradeKind.PERIOD, grade, "demo", instant(quarter.getEndDate())));
                }
            }
        }
    }

    private String proposedGrade(Student s, Subject subject, StudyPeriod quarter) {
        List<Object[]> marks = em.createQuery("""
                        select m.value, m.weight from Mark m
                        where m.student = :s and m.lesson.subject = :subject
                          and m.lesson.lessonDate between :from and :to""", Object[].class)
                .setParameter("s", s)
                .setParameter("subject", subject)
                .setParameter("from", quarter.getStartDate())
                .setParameter("to", quarter.getEndDate())
                .getResultList();
        if (subject.getGrading() == Grading.PASS_FAIL) {
            return marks.stream().anyMatch(m -> "НЕЗАЧ".equals(m[0])) && marks.size() < 3 ? "НЕЗАЧ" : "ЗАЧ";
        }
        if (marks.size() < 3) {
            return "НА";
        }
        BigDecimal sum = BigDecimal.ZERO;
        int weights = 0;
        for (Object[] m : marks) {
            int weight = ((Number) m[1]).intValue();
            sum = sum.add(BigDecimal.valueOf((long) Integer.parseInt((String) m[0]) * weight));
            weights += weight;
        }
        return sum.divide(BigDecimal.valueOf(weights), 0, RoundingMode.HALF_UP).toPlainString();
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(15, 0).atZone(ZONE).toInstant();
    }
}
