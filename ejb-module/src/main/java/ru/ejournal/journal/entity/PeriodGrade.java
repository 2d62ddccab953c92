package ru.ejournal.journal.entity;

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
import java.util.List;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.student.entity.Student;

/** Четвертная (триместровая, полугодовая), годовая или итоговая отметка. */
@Entity
@Table(
        name = "period_grade",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_period_grade",
                        columnNames = {"student_id", "subject_id", "study_period_id", "kind"}))
@NamedQueries({
    @NamedQuery(
            name = "PeriodGrade.findOne",
            query = "SELECT g FROM PeriodGrade g WHERE g.student.id = :studentId AND g.subject.id = :subjectId"
                    + " AND g.studyPeriod.id = :studyPeriodId AND g.kind = :kind")
})
public class PeriodGrade extends SchoolOwned implements Audited {

    public static final String NOT_ASSESSED = MarkValue.NOT_ASSESSED;
    /** Allowed values, as stored. */
    public static final List<String> VALUES = MarkValue.GRADES;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "study_period_id", nullable = false)
    private StudyPeriod studyPeriod;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private PeriodGradeKind kind;

    @Column(name = "grade_value", nullable = false, length = 5)
    private String value;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    protected PeriodGrade() {}

    public PeriodGrade(
            Student student,
            Subject subject,
            StudyPeriod studyPeriod,
            PeriodGradeKind kind,
            String value,
            String enteredBy,
            Instant enteredAt) {
        super(student.getSchool());
        this.student = student;
        this.subject = subject;
        this.studyPeriod = studyPeriod;
        this.kind = kind;
        this.value = MarkValue.grade(value);
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** 1–5, or null for «НА», «ЗАЧ», «НЕЗАЧ». */
    public Integer numericValue() {
        return MarkValue.numeric(value);
    }

    @Override
    public String auditType() {
        return "PeriodGrade";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("student", Audited.text(student));
        snapshot.put("subject", Audited.text(subject));
        snapshot.put("studyPeriod", Audited.text(studyPeriod));
        snapshot.put("kind", Audited.text(kind));
        snapshot.put("value", value);
        return snapshot;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public StudyPeriod getStudyPeriod() {
        return studyPeriod;
    }

    public void setStudyPeriod(StudyPeriod studyPeriod) {
        this.studyPeriod = studyPeriod;
    }

    public PeriodGradeKind getKind() {
        return kind;
    }

    public void setKind(PeriodGradeKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    /** @throws IllegalArgumentException for a value not in {@link #VALUES} */
    public void setValue(String value) {
        this.value = MarkValue.grade(value);
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
