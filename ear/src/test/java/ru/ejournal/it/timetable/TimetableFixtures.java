package ru.ejournal.it.timetable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.monitoring.entity.SchoolHoliday;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;
import ru.ejournal.timetable.control.TimetableCopier;

/**
 * What the timetable tests add to a {@link Fixture} school: English in two subgroups of class A (the
 * fixture's student in the first), a subgroup of class B, a teacher of the other school, holidays,
 * marks and topics entered directly, and the lessons generated for a class, read back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TimetableFixtures {

    /** Ids the tests need beyond the fixture's. */
    public record Extra(
            long math,
            long english,
            long mathTeacher,
            long englishTeacher,
            long otherSchoolTeacher,
            long groupOne,
            long groupTwo,
            long classBGroup,
            long teacherB) {}

    /** A generated lesson as stored. */
    public record Stored(
            long id, String code, LocalDate date, int periodNo, long subjectId, Long subgroupId, boolean cancelled) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    TimetableCopier copier;

    public Extra extend(Fixture f) {
        School school = em.find(School.class, f.schoolId());
        SchoolClass classA = em.find(SchoolClass.class, f.classA());
        SchoolClass classB = em.find(SchoolClass.class, f.classB());
        Subject math = em.createQuery("select s from Subject s where s.school = :s and s.code = 'MATH'", Subject.class)
                .setParameter("s", school)
                .getSingleResult();
        StaffMember mathTeacher = em.createQuery(
                        "select s from StaffMember s where s.school = :s and s.lastName = 'Смирнов'", StaffMember.class)
                .setParameter("s", school)
                .getSingleResult();
        Subject english = new Subject(school, "ENG", "Английский язык");
        em.persist(english);
        StaffMember englishTeacher = new StaffMember(school, "Попов", "Дмитрий", "Игоревич");
        em.persist(englishTeacher);
        StaffMember stranger = new StaffMember(em.find(School.class, f.otherSchoolId()), "Чужой", "Пётр", null);
        em.persist(stranger);
        Subgroup one = new Subgroup(classA, english, "G1", "1 подгруппа");
        one.getMembers().add(em.find(Student.class, f.studentA()));
        em.persist(one);
        Subgroup two = new Subgroup(classA, english, "G2", "2 подгруппа");
        em.persist(two);
        Subgroup bGroup = new Subgroup(classB, english, "G1", "1 подгруппа");
        em.persist(bGroup);
        em.flush();
        return new Extra(
                math.getId(),
                english.getId(),
                mathTeacher.getId(),
                englishTeacher.getId(),
                stranger.getId(),
                one.getId(),
                two.getId(),
                bGroup.getId(),
                em.createQuery(
                                "select s from StaffMember s where s.school = :s and s.lastName = 'Петрова'",
                                StaffMember.class)
                        .setParameter("s", school)
                        .getSingleResult()
                        .getId());
    }

    public void holiday(Fixture f, LocalDate day) {
        em.persist(new SchoolHoliday(em.find(School.class, f.schoolId()), day, "Праздник"));
    }

    public List<Stored> generated(long classId) {
        return em.createQuery(
                        "select l from Lesson l where l.schoolClass.id = :c and l.code like 'TT:%' order by l.lessonDate, l.periodNo",
                        Lesson.class)
                .setParameter("c", classId)
                .getResultStream()
                .map(l -> new Stored(
                        l.getId(),
                        l.getCode(),
                        l.getLessonDate(),
                        l.getPeriodNo(),
                        l.getSubject().getId(),
                        l.getSubgroup() == null ? null : l.getSubgroup().getId(),
                        l.isCancelled()))
                .toList();
    }

    public Stored lesson(long lessonId) {
        Lesson l = em.find(Lesson.class, lessonId);
        return l == null
                ? null
                : new Stored(
                        l.getId(),
                        l.getCode(),
                        l.getLessonDate(),
                        l.getPeriodNo(),
                        l.getSubject().getId(),
                        l.getSubgroup() == null ? null : l.getSubgroup().getId(),
                        l.isCancelled());
    }

    public void mark(long lessonId, long studentId) {
        em.persist(new Mark(
                em.find(Lesson.class, lessonId), em.find(Student.class, studentId), "5", null, "it", Instant.now()));
    }

    public void topic(long lessonId, String topic) {
        em.find(Lesson.class, lessonId).setTopic(topic);
    }

    public long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    /** The year-end copy as the transfers helper calls it (no caller, no role): draft id, copied, skipped. */
    public record Copied(long timetableId, boolean draft, int copied, List<String> skipped) {}

    public Copied copy(long from, long to, LocalDate validFrom) {
        TimetableCopier.CopyResult result =
                copier.copy(em.find(SchoolClass.class, from), em.find(SchoolClass.class, to), validFrom);
        return new Copied(result.copy().getId(), result.copy().isDraft(), result.copied(), result.skipped());
    }
}
