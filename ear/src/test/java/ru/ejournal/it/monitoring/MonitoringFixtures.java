package ru.ejournal.it.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.monitoring.entity.SchoolHoliday;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/** Creates a {@link MonitoringSchool} and its lessons, each call in a transaction of its own. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MonitoringFixtures {

    public static final String PASSWORD = "Secret-2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public MonitoringSchool create() {
        LocalDate today = LocalDate.now();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        School school = new School("mon-" + tag, "Школа мониторинга " + tag);
        em.persist(school);
        School other = new School("mon2-" + tag, "Другая школа " + tag);
        em.persist(other);
        AcademicYear year =
                new AcademicYear(school, "Y" + tag.substring(0, 6), today.minusDays(130), today.plusDays(100));
        year.setCurrent(true);
        em.persist(year);
        StudyPeriod past = new StudyPeriod(
                year, "Q1", "1 четверть", StudyPeriodKind.QUARTER, today.minusDays(120), today.minusDays(40));
        em.persist(past);
        StudyPeriod current = new StudyPeriod(
                year, "Q2", "2 четверть", StudyPeriodKind.QUARTER, today.minusDays(29), today.plusDays(10));
        em.persist(current);
        LocalDate holiday = today.minusDays(5);
        em.persist(new SchoolHoliday(school, holiday, "Праздничный день"));

        StaffMember deputy = staff(school, "Соколова", "Заместитель директора по УВР");
        StaffMember teacherA = staff(school, "Иванова", "Классный руководитель А");
        StaffMember teacherB = staff(school, "Петрова", "Классный руководитель Б");
        StaffMember mathTeacher = staff(school, "Смирнов", "Учитель математики");
        SchoolClass classA = new SchoolClass(year, 6, "А");
        classA.setClassTeacher(teacherA);
        em.persist(classA);
        SchoolClass classB = new SchoolClass(year, 6, "Б");
        classB.setClassTeacher(teacherB);
        em.persist(classB);
        Subject math = new Subject(school, "MATH", "Математика");
        em.persist(math);
        WorkType oral = new WorkType(school, "ORAL", "Ответ на уроке", 1, false);
        em.persist(oral);
        WorkType control = new WorkType(school, "CONTROL", "Контрольная работа", 3, true);
        em.persist(control);
        em.persist(new TeachingAssignment(mathTeacher, classA, null, math));
        em.persist(new TeachingAssignment(teacherB, classB, null, math));
        Student a1 = student(classA, "Абрамов", "Илья", today.minusDays(130));
        Student a2 = student(classA, "Борисова", "Анна", today.minusDays(130));
        Student b1 = student(classB, "Волков", "Егор", today.minusDays(130));
        Parent parent = new Parent(school, "Абрамова", "Елена", "Сергеевна");
        em.persist(parent);
        em.persist(new StudentParent(a1, parent, Relation.MOTHER));

        account(school, "mdep-" + tag, EnumSet.of(Role.DEPUTY_DIRECTOR), deputy);
        account(school, "madm-" + tag, EnumSet.of(Role.ADMIN), null);
        account(school, "mcta-" + tag, EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), teacherA);
        account(school, "mctb-" + tag, EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), teacherB);
        account(school, "msub-" + tag, EnumSet.of(Role.SUBJECT_TEACHER), mathTeacher);
        account(school, "mpar-" + tag, EnumSet.of(Role.PARENT), null).setParent(parent);
        account(other, "mdep2-" + tag, EnumSet.of(Role.DEPUTY_DIRECTOR), null);
        em.flush();
        return new MonitoringSchool(
                school.getId(),
                other.getId(),
                today,
                past.getId(),
                current.getId(),
                holiday,
                classA.getId(),
                classB.getId(),
                a1.getId(),
                a2.getId(),
                b1.getId(),
                math.getId(),
                oral.getId(),
                control.getId(),
                mathTeacher.getId(),
                teacherB.getId(),
                "mdep-" + tag,
                "madm-" + tag,
                "mcta-" + tag,
                "mctb-" + tag,
                "msub-" + tag,
                "mpar-" + tag,
                "mdep2-" + tag);
    }

    /** A maths lesson of class A by the subject teacher; topic and attendance as given. */
    public long lessonA(MonitoringSchool s, LocalDate day, int periodNo, boolean filled, boolean control) {
        Lesson lesson = new Lesson(
                em.find(SchoolClass.class, s.classA()),
                null,
                em.find(Subject.class, s.math()),
                em.find(StaffMember.class, s.mathTeacher()),
                day,
                periodNo);
        lesson.setWorkType(em.find(WorkType.class, control ? s.control() : s.oral()));
        if (filled) {
            lesson.setTopic("Дроби");
            lesson.setTopicEnteredAt(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
            lesson.setHomework("№ 12");
            lesson.setAttendanceTaken(true);
            lesson.setAttendanceTakenAt(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
        }
        em.persist(lesson);
        em.flush();
        return lesson.getId();
    }

    private StaffMember staff(School school, String lastName, String position) {
        StaffMember member = new StaffMember(school, lastName, "Мария", "Ивановна");
        member.setPosition(position);
        em.persist(member);
        return member;
    }

    private Student student(SchoolClass c, String lastName, String firstName, LocalDate arrived) {
        Student s = new Student(c, c.getCode() + "-" + lastName, lastName, firstName, null);
        s.setBirthDate(LocalDate.now().minusYears(12));
        s.setArrivedOn(arrived);
        em.persist(s);
        return s;
    }

    private UserAccount account(School school, String login, Set<Role> roles, StaffMember member) {
        UserAccount account = new UserAccount(school, login, hasher.hash(PASSWORD), roles, Instant.now());
        account.setStaffMember(member);
        account.setEnabled(true);
        account.setMustChangePassword(false); // a test account has its own password already
        em.persist(account);
        return account;
    }
}
