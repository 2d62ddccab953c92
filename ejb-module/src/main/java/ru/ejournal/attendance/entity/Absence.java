package ru.ejournal.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.student.entity.Student;

/** Пропуск: at most one per lesson and student. */
@Entity
@Table(
        name = "absence",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_absence",
                        columnNames = {"lesson_id", "student_id"}))
@NamedQueries({
    @NamedQuery(
            name = "Absence.findByStudentAndCodeAndDates",
            query = "SELECT a FROM Absence a WHERE a.student.id = :studentId AND a.code = :code"
                    + " AND a.lesson.lessonDate BETWEEN :from AND :to")
})
public class Absence extends SchoolOwned implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 2)
    private AbsenceCode code;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    protected Absence() {}

    public Absence(Lesson lesson, Student student, AbsenceCode code, String enteredBy, Instant enteredAt) {
        super(lesson.getSchool());
        this.lesson = lesson;
        this.student = student;
        this.code = code;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    @Override
    public String auditType() {
        return "Absence";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("lesson", Audited.text(lesson));
        snapshot.put("student", Audited.text(student));
        snapshot.put("code", Audited.text(code));
        return snapshot;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public void setLesson(Lesson lesson) {
        this.lesson = lesson;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public AbsenceCode getCode() {
        return code;
    }

    public void setCode(AbsenceCode code) {
        this.code = code;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public void setEnteredAt(Instant enteredAt) {
        this.enteredAt = enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public void setEnteredBy(String enteredBy) {
        this.enteredBy = enteredBy;
    }
}
