package ru.ejournal.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.WorkType;
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
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/** Creates a {@link Fixture}: a fresh school with unique codes and logins for each test. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TestSchools {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Fixture create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        School school = school("it-" + tag);
        School other = school("it2-" + tag);
        AcademicYear year = year(school);
        AcademicYear otherYear = year(other);

        StaffMember teacherA = staff(school, "Иванова", "Классный руководитель 5А");
        StaffMember teacherB = staff(school, "Петрова", "Классный руководитель 5Б");
        StaffMember mathTeacher = staff(school, "Смирнов", "Учитель математики");
        SchoolClass classA = schoolClass(year, "А", teacherA);
        SchoolClass classB = schoolClass(year, "Б", teacherB);
        SchoolClass otherClass = schoolClass(otherYear, "А", null);
        Subject math = new Subject(school, "MATH", "Математика");
        em.persist(math);
        WorkType oral = new WorkType(school, "ORAL", "Ответ на уроке", 1, false);
        em.persist(oral);
        em.persist(new TeachingAssignment(mathTeacher, classA, null, math));
        em.persist(new TeachingAssignment(teacherB, classB, null, math));

        Student studentA = student(classA, "Кузнецов", "Илья");
        Student studentB = student(classB, "Орлова", "Анна");
        Student otherStudent = student(otherClass, "Зайцев", "Егор");
        Parent parent = new Parent(school, "Кузнецова", "Елена", "Сергеевна");
        em.persist(parent);
        em.persist(new StudentParent(studentA, parent, Relation.MOTHER));

        Lesson lessonA = lesson(classA, math, mathTeacher, oral);
        Lesson lessonB = lesson(classB, math, teacherB, oral);

        account(school, "adm-" + tag, EnumSet.of(Role.ADMIN), null);
        account(school, "dep-" + tag, EnumSet.of(Role.DEPUTY_DIRECTOR), null);
        account(school, "cta-" + tag, EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), teacherA);
        account(school, "ctb-" + tag, EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), teacherB);
        account(school, "sta-" + tag, EnumSet.of(Role.SUBJECT_TEACHER), mathTeacher);
        account(school, "par-" + tag, EnumSet.of(Role.PARENT), null).setParent(parent);
        account(school, "stu-" + tag, EnumSet.of(Role.STUDENT), null).setStudent(studentA);
        account(other, "adm2-" + tag, EnumSet.of(Role.ADMIN), null);
        account(other, "dep2-" + tag, EnumSet.of(Role.DEPUTY_DIRECTOR), null);
        em.flush();
        return new Fixture(
                school.getId(),
                other.getId(),
                classA.getId(),
                classB.getId(),
                studentA.getId(),
                studentB.getId(),
                otherStudent.getId(),
                lessonA.getId(),
                lessonB.getId(),
                "adm-" + tag,
                "dep-" + tag,
                "cta-" + tag,
                "ctb-" + tag,
                "sta-" + tag,
                "par-" + tag,
                "stu-" + tag,
                "adm2-" + tag,
                "dep2-" + tag);
    }

    private School school(String code) {
        School school = new School(code, "Школа " + code);
        em.persist(school);
        return school;
    }

    private AcademicYear year(School school) {
        int start = LocalDate.now().getMonthValue() >= 8
                ? LocalDate.now().getYear()
                : LocalDate.now().getYear() - 1;
        AcademicYear year = new AcademicYear(
                school, start + "/" + (start + 1), LocalDate.of(start, 9, 1), LocalDate.of(start + 1, 5, 31));
        year.setCurrent(true);
        em.persist(year);
        em.persist(new StudyPeriod(
                year, "Y", "Учебный год", StudyPeriodKind.YEAR, year.getStartDate(), year.getEndDate()));
        return year;
    }

    private StaffMember staff(School school, String lastName, String position) {
        StaffMember member = new StaffMember(school, lastName, "Мария", "Ивановна");
        member.setPosition(position);
        em.persist(member);
        return member;
    }

    private SchoolClass schoolClass(AcademicYear year, String letter, StaffMember classTeacher) {
        SchoolClass c = new SchoolClass(year, 5, letter);
        c.setClassTeacher(classTeacher);
        em.persist(c);
        return c;
    }

    private Student student(SchoolClass c, String lastName, String firstName) {
        Student s = new Student(c, c.getCode() + "-" + lastName, lastName, firstName, null);
        s.setGender(lastName.endsWith("а") ? Gender.F : Gender.M);
        s.setBirthDate(LocalDate.now().minusYears(11));
        em.persist(s);
        return s;
    }

    private Lesson lesson(SchoolClass c, Subject subject, StaffMember teacher, WorkType type) {
        Lesson lesson = new Lesson(c, null, subject, teacher, LocalDate.now(), 1);
        lesson.setWorkType(type);
        lesson.setTopic("Натуральные числа");
        em.persist(lesson);
        return lesson;
    }

    private UserAccount account(School school, String login, Set<Role> roles, StaffMember member) {
        UserAccount account = new UserAccount(school, login, hasher.hash(Fixture.PASSWORD), roles, Instant.now());
        account.setStaffMember(member);
        account.setEnabled(true);
        account.setMustChangePassword(false); // a test account has its own password already
        em.persist(account);
        return account;
    }
}
