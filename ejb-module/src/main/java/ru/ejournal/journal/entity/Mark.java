package ru.ejournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.student.entity.Student;

/** Отметка for a lesson. A student may get several marks in one lesson. */
@Entity
@Table(name = "mark")
public class Mark extends SchoolOwned implements Audited {

    public static final String PASS = MarkValue.PASS;
    public static final String FAIL = MarkValue.FAIL;
    /** Allowed values, as stored. */
    public static final List<String> VALUES = MarkValue.MARKS;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Column(name = "mark_value", nullable = false, length = 5)
    private String value;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_type_id")
    private WorkType workType;

    /** Weight in the average, copied from the work type when the mark is entered. */
    @Column(name = "weight", nullable = false)
    private int weight = 1;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    protected Mark() {}

    /** A mark of the given work type (may be null), weighted as the work type says, or 1. */
    public Mark(Lesson lesson, Student student, String value, WorkType workType, String enteredBy, Instant enteredAt) {
        super(lesson.getSchool());
        this.lesson = lesson;
        this.student = student;
        this.value = MarkValue.mark(value);
        this.workType = workType;
        this.weight = workType == null ? 1 : workType.getWeight();
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** 1–5, or null for «ЗАЧ»/«НЕЗАЧ». */
    public Integer numericValue() {
        return MarkValue.numeric(value);
    }

    @Override
    public String auditType() {
        return "Mark";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("lesson", Audited.text(lesson));
        snapshot.put("student", Audited.text(student));
        snapshot.put("value", value);
        snapshot.put("workType", workType == null ? null : workType.getCode());
        snapshot.put("weight", Integer.toString(weight));
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

    public String getValue() {
        return value;
    }

    /** @throws IllegalArgumentException for a value not in {@link #VALUES} */
    public void setValue(String value) {
        this.value = MarkValue.mark(value);
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void setWorkType(WorkType workType) {
        this.workType = workType;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
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
