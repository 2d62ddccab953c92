package ru.ejournal.it.monitoring;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * A synthetic region for the monitoring benchmark: per school 10 classes of 25, 8 subjects, 12
 * teachers, a year begun 90 days ago with an ended first quarter; lessons, marks and quarter grades
 * generated with set-based {@code INSERT … SELECT} over a numbers table. About 2.5 % of the lessons
 * lack a topic, 2.7 % attendance, 10 % of the test marks and 10 % of the quarter grades are missing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegionGenerator {

    static final String PREFIX = "bench-";
    static final int CLASSES = 10;
    static final int STUDENTS = 25;
    static final int SUBJECTS = 8;
    static final int TEACHERS = 12;
    static final int DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    public List<Long> existingSchools() {
        return em.createQuery("select s.id from School s where s.code like :prefix order by s.code", Long.class)
                .setParameter("prefix", PREFIX + "%")
                .getResultList();
    }

    /** The numbers 0..DAYS-1, outside any transaction (DDL). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void numbers() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_num (n INTEGER PRIMARY KEY)");
            s.execute("DELETE FROM bench_num");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_num (n) VALUES (?)")) {
                for (int i = 0; i < DAYS; i++) {
                    insert.setInt(1, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    public long school(int index, LocalDate today) {
        LocalDate start = today.minusDays(DAYS);
        School school = new School(PREFIX + String.format("%02d", index), "Синтетическая школа № " + index);
        em.persist(school);
        AcademicYear year = new AcademicYear(school, "B" + index, start, today.plusDays(180));
        year.setCurrent(true);
        em.persist(year);
        StudyPeriod q1 = new StudyPeriod(year, "Q1", "1 четверть", StudyPeriodKind.QUARTER, start, today.minusDays(40));
        em.persist(q1);
        em.persist(new StudyPeriod(
                year, "Q2", "2 четверть", StudyPeriodKind.QUARTER, today.minusDays(30), today.plusDays(30)));
        WorkType oral = new WorkType(school, "ORAL", "Ответ на уроке", 1, false);
        WorkType control = new WorkType(school, "CONTROL", "Контрольная работа", 3, true);
        em.persist(oral);
        em.persist(control);
        List<StaffMember> teachers = new ArrayList<>();
        for (int t = 0; t < TEACHERS; t++) {
            StaffMember m = new StaffMember(school, "Учитель" + t, "Анна", "Петровна");
            em.persist(m);
            teachers.add(m);
        }
        List<Subject> subjects = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            Subject subject = new Subject(school, "S" + s, "Предмет " + s);
            em.persist(subject);
            subjects.add(subject);
        }
        for (int c = 0; c < CLASSES; c++) {
            SchoolClass schoolClass = new SchoolClass(year, 2 + c, "А");
            schoolClass.setClassTeacher(teachers.get(c));
            em.persist(schoolClass);
            for (int s = 0; s < SUBJECTS; s++) {
                em.persist(
                        new TeachingAssignment(teachers.get((c + s) % TEACHERS), schoolClass, null, subjects.get(s)));
            }
            for (int st = 0; st < STUDENTS; st++) {
                Student student =
                        new Student(schoolClass, schoolClass.getCode() + "-" + st, "Ученик" + st, "Иван", null);
                student.setArrivedOn(start);
                em.persist(student);
            }
        }
        em.flush();
        Date from = Date.valueOf(start);
        em.createNativeQuery("""
                        INSERT INTO lesson (id, version, school_id, school_class_id, subject_id, teacher_id, lesson_date,
                            period_no, topic, homework, work_type_id, attendance_taken, cancelled, topic_entered_at,
                            attendance_taken_at)
                        SELECT nextval('journal_seq'), 0, ta.school_id, ta.school_class_id, ta.subject_id, ta.teacher_id,
                            CAST(?1 AS DATE) + n.n, 1 + MOD(ta.id / 50, 6),
                            CASE WHEN MOD(n.n * 7 + ta.id / 50, 40) = 0 THEN NULL ELSE 'Тема урока' END, 'Упражнение',
                            CASE WHEN MOD(n.n, 8) IN (0, 1) THEN ?2 ELSE ?3 END,
                            CASE WHEN MOD(n.n * 5 + ta.id / 50, 37) = 0 THEN FALSE ELSE TRUE END, FALSE,
                            CAST(CAST(?1 AS DATE) + n.n AS TIMESTAMP), CAST(CAST(?1 AS DATE) + n.n AS TIMESTAMP)
                        FROM teaching_assignment ta JOIN bench_num n ON MOD(n.n + ta.id / 50, 2) = 0
                        WHERE ta.school_id = ?4""")
                .setParameter(1, from)
                .setParameter(2, control.getId())
                .setParameter(3, oral.getId())
                .setParameter(4, school.getId())
                .executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO mark (id, version, school_id, lesson_id, student_id, mark_value, work_type_id, weight,
                            entered_at, entered_by)
                        SELECT nextval('journal_seq'), 0, l.school_id, l.id, s.id,
                            CASE MOD(s.id / 50 + l.id / 50, 4) WHEN 0 THEN '5' WHEN 1 THEN '4' WHEN 2 THEN '3' ELSE '4' END,
                            l.work_type_id, 1, CAST(l.lesson_date AS TIMESTAMP), 'bench'
                        FROM lesson l JOIN student s ON s.school_class_id = l.school_class_id
                        WHERE l.school_id = ?1 AND ((l.work_type_id = ?2 AND MOD(s.id / 50 + l.id / 50, 10) <> 0)
                            OR (l.work_type_id = ?3 AND MOD(s.id / 50 + l.id / 50, 10) = 0))""")
                .setParameter(1, school.getId())
                .setParameter(2, control.getId())
                .setParameter(3, oral.getId())
                .executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO period_grade (id, version, school_id, student_id, subject_id, study_period_id, kind,
                            grade_value, entered_at, entered_by)
                        SELECT nextval('journal_seq'), 0, ta.school_id, s.id, ta.subject_id, ?1, 'PERIOD', '4',
                            CAST(?2 AS TIMESTAMP), 'bench'
                        FROM teaching_assignment ta JOIN student s ON s.school_class_id = ta.school_class_id
                        WHERE ta.school_id = ?3 AND MOD(s.id / 50 + ta.subject_id / 50, 10) <> 0""")
                .setParameter(1, q1.getId())
                .setParameter(2, java.sql.Timestamp.valueOf(q1.getEndDate().atStartOfDay()))
                .setParameter(3, school.getId())
                .executeUpdate();
        return school.getId();
    }
}
