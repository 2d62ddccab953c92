package ru.ejournal.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/** Нарушение заполнения журнала, open until the journal is corrected ({@code closedAt}). */
@Entity
@Table(name = "violation")
public class Violation extends SchoolOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 40)
    private ViolationRule rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 30)
    private Severity severity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private StaffMember teacher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id")
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subgroup_id")
    private Subgroup subgroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "study_period_id")
    private StudyPeriod studyPeriod;

    @Column(name = "arisen_at", nullable = false)
    private Instant arisenAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the nightly run told the deputy director and the teacher. */
    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "details", length = 2000)
    private String details;

    protected Violation() {}

    public Violation(School school, ViolationRule rule, Severity severity, Instant arisenAt) {
        super(school);
        this.rule = rule;
        this.severity = severity;
        this.arisenAt = arisenAt;
    }

    /** A violation found on one lesson; class, subgroup, subject and teacher are taken from it. */
    public static Violation forLesson(Lesson lesson, ViolationRule rule, Severity severity, Instant arisenAt) {
        Violation violation = new Violation(lesson.getSchool(), rule, severity, arisenAt);
        violation.lesson = lesson;
        violation.teacher = lesson.getTeacher();
        violation.schoolClass = lesson.getSchoolClass();
        violation.subgroup = lesson.getSubgroup();
        violation.subject = lesson.getSubject();
        return violation;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public ViolationRule getRule() {
        return rule;
    }

    public void setRule(ViolationRule rule) {
        this.rule = rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public StaffMember getTeacher() {
        return teacher;
    }

    public void setTeacher(StaffMember teacher) {
        this.teacher = teacher;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(SchoolClass schoolClass) {
        this.schoolClass = schoolClass;
    }

    public Subgroup getSubgroup() {
        return subgroup;
    }

    public void setSubgroup(Subgroup subgroup) {
        this.subgroup = subgroup;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
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

    public StudyPeriod getStudyPeriod() {
        return studyPeriod;
    }

    public void setStudyPeriod(StudyPeriod studyPeriod) {
        this.studyPeriod = studyPeriod;
    }

    public Instant getArisenAt() {
        return arisenAt;
    }

    public void setArisenAt(Instant arisenAt) {
        this.arisenAt = arisenAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(Instant notifiedAt) {
        this.notifiedAt = notifiedAt;
    }
}
