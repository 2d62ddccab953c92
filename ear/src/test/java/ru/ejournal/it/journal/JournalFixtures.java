package ru.ejournal.it.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** More journal data for a {@link Fixture}: the math assignment of class A, a full class, a quarter of lessons. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JournalFixtures {

    @PersistenceContext
    EntityManager em;

    /** The subject teacher's (math) teaching assignment of class A. */
    public long assignmentA(Fixture f) {
        return em.createQuery("select a.id from TeachingAssignment a where a.schoolClass.id = :c", Long.class)
                .setParameter("c", f.classA())
                .getSingleResult();
    }

    /** Class B's teacher's (math) teaching assignment of class B. */
    public long assignmentB(Fixture f) {
        return em.createQuery("select a.id from TeachingAssignment a where a.schoolClass.id = :c", Long.class)
                .setParameter("c", f.classB())
                .getSingleResult();
    }

    /** The fixture's only study period: the whole year. */
    public long yearPeriod(Fixture f) {
        return em.createQuery("select p.id from StudyPeriod p where p.school.id = :s", Long.class)
                .setParameter("s", f.schoolId())
                .getSingleResult();
    }

    /** Class A grows to {@code students} students and gets {@code lessons} more math lessons, all marked. */
    public void grow(Fixture f, int students, int lessons) {
        Lesson model = em.find(Lesson.class, f.lessonA());
        SchoolClass c = model.getSchoolClass();
        for (int i = 1; i < students; i++) {
            em.persist(new Student(c, c.getCode() + "-s" + i, "Ученик" + (char) ('А' + i % 30), "Имя" + i, null));
        }
        em.flush();
        var roster = em.createNamedQuery("Student.findByClass", Student.class)
                .setParameter("schoolClassId", c.getId())
                .getResultList();
        for (int d = 1; d <= lessons; d++) {
            Lesson lesson = new Lesson(
                    c,
                    null,
                    model.getSubject(),
                    model.getTeacher(),
                    LocalDate.now().minusDays(d),
                    2);
            lesson.setWorkType(model.getWorkType());
            lesson.setTopic("Тема " + d);
            em.persist(lesson);
            int n = 0;
            for (Student s : roster) {
                n++;
                if ((n + d) % 9 == 0) {
                    em.persist(new Absence(lesson, s, AbsenceCode.N, "fixture", Instant.now()));
                } else {
                    em.persist(new Mark(
                            lesson,
                            s,
                            String.valueOf(2 + (n + d) % 4),
                            lesson.getWorkType(),
                            "fixture",
                            Instant.now()));
                }
            }
        }
    }

    /**
     * A lesson of a new subgroup of class A (the math teacher's, student A its only member) and a second
     * student of class A outside the subgroup: {lesson, outsider}.
     */
    public long[] subgroupLesson(Fixture f) {
        Lesson model = em.find(Lesson.class, f.lessonA());
        SchoolClass c = model.getSchoolClass();
        Subgroup group = new Subgroup(c, model.getSubject(), "G1", "Математика, 1 подгруппа");
        group.setTeacher(model.getTeacher());
        group.getMembers().add(em.find(Student.class, f.studentA()));
        em.persist(group);
        Student outsider = new Student(c, c.getCode() + "-out", "Вне", "Подгруппы", null);
        em.persist(outsider);
        Lesson lesson = new Lesson(c, group, model.getSubject(), model.getTeacher(), model.getLessonDate(), 5);
        em.persist(lesson);
        em.flush();
        return new long[] {lesson.getId(), outsider.getId()};
    }

    /**
     * A lesson of a second maths subgroup of class A (student A its member), taught by class A's class
     * teacher, who is assigned to that subgroup; the fixture's maths teacher teaches the whole class.
     */
    public long otherTeachersSubgroupLesson(Fixture f) {
        Lesson model = em.find(Lesson.class, f.lessonA());
        SchoolClass c = model.getSchoolClass();
        StaffMember other = em.createQuery(
                        "select a.staffMember from UserAccount a where a.login = :login", StaffMember.class)
                .setParameter("login", f.classTeacherA())
                .getSingleResult();
        Subgroup group = new Subgroup(c, model.getSubject(), "G2", "Математика, 2 подгруппа");
        group.setTeacher(other);
        group.getMembers().add(em.find(Student.class, f.studentA()));
        em.persist(group);
        em.persist(new TeachingAssignment(other, c, group, model.getSubject()));
        Lesson lesson = new Lesson(c, group, model.getSubject(), other, model.getLessonDate(), 6);
        em.persist(lesson);
        em.flush();
        return lesson.getId();
    }

    public void depart(long studentId) {
        Student s = em.find(Student.class, studentId);
        s.setStatus(StudentStatus.DEPARTED);
        s.setDepartedOn(LocalDate.now());
    }
}
