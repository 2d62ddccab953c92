package ru.ejournal.it.movement;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.TeachingAssignment;

/** Lessons and look-ups for the transfer tests, run inside {@code Tx.call}. */
final class MovementData {

    private MovementData() {}

    /** A lesson of the class's whole-class assignment (its teacher and subject) on the day. */
    static long lesson(EntityManager em, long classId, LocalDate day, int periodNo) {
        TeachingAssignment a = em.createQuery(
                        "select a from TeachingAssignment a where a.schoolClass.id = :c and a.subgroup is null",
                        TeachingAssignment.class)
                .setParameter("c", classId)
                .getResultList()
                .get(0);
        Lesson lesson = new Lesson(a.getSchoolClass(), null, a.getSubject(), a.getTeacher(), day, periodNo);
        lesson.setWorkType(oral(em, a.getSchoolClass()));
        lesson.setTopic("Тема " + day);
        em.persist(lesson);
        em.flush();
        return lesson.getId();
    }

    /** A lesson of the subgroup (its teacher and subject) on the day. */
    static long subgroupLesson(EntityManager em, long subgroupId, LocalDate day, int periodNo) {
        Subgroup g = em.find(Subgroup.class, subgroupId);
        Lesson lesson = new Lesson(g.getSchoolClass(), g, g.getSubject(), g.getTeacher(), day, periodNo);
        lesson.setWorkType(oral(em, g.getSchoolClass()));
        lesson.setTopic("Тема подгруппы " + day);
        em.persist(lesson);
        em.flush();
        return lesson.getId();
    }

    static long assignment(EntityManager em, long classId) {
        return em.createQuery(
                        "select a.id from TeachingAssignment a where a.schoolClass.id = :c and a.subgroup is null",
                        Long.class)
                .setParameter("c", classId)
                .getSingleResult();
    }

    static long subgroupAssignment(EntityManager em, long subgroupId) {
        return em.createQuery("select a.id from TeachingAssignment a where a.subgroup.id = :g", Long.class)
                .setParameter("g", subgroupId)
                .getSingleResult();
    }

    /** The fixture's year period (code Y) of the school's current year. */
    static long yearPeriod(EntityManager em, long schoolId) {
        return em.createQuery(
                        "select p.id from StudyPeriod p where p.school.id = :s and p.academicYear.current = true",
                        Long.class)
                .setParameter("s", schoolId)
                .getSingleResult();
    }

    static long onlyClass(EntityManager em, long schoolId) {
        return em.createQuery("select c.id from SchoolClass c where c.school.id = :s", Long.class)
                .setParameter("s", schoolId)
                .getSingleResult();
    }

    static SchoolClass schoolClass(EntityManager em, long classId) {
        return em.find(SchoolClass.class, classId);
    }

    private static WorkType oral(EntityManager em, SchoolClass c) {
        return em.createQuery("select w from WorkType w where w.school = :s", WorkType.class)
                .setParameter("s", c.getSchool())
                .getResultList()
                .get(0);
    }
}
