package ru.ejournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;

/** Урок: a column of the journal grid. Belongs to a subgroup where the class is split. */
@Entity
@Table(
        name = "lesson",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_lesson_code",
                        columnNames = {"school_id", "code"}))
public class Lesson extends SchoolOwned implements Audited {

    /** Identifier from an imported timetable; null for lessons entered here. */
    @Column(name = "code", length = 100)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subgroup_id")
    private Subgroup subgroup;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id", nullable = false)
    private StaffMember teacher;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate lessonDate;

    /** Номер урока in the day's timetable (0 for a «нулевой урок»). */
    @Column(name = "period_no", nullable = false)
    private int periodNo;

    @Column(name = "topic", length = 500)
    private String topic;

    @Column(name = "homework")
    private String homework;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_type_id")
    private WorkType workType;

    @Column(name = "attendance_taken", nullable = false)
    private boolean attendanceTaken;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    /** Why the lesson was cancelled (V11); set together with {@code cancelled}. */
    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    /** Замена: the teacher who gives this one lesson instead of {@code teacher} (V11). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replacement_teacher_id")
    private StaffMember replacementTeacher;

    @Column(name = "topic_entered_at")
    private Instant topicEnteredAt;

    @Column(name = "attendance_taken_at")
    private Instant attendanceTakenAt;

    protected Lesson() {}

    public Lesson(
            SchoolClass schoolClass,
            Subgroup subgroup,
            Subject subject,
            StaffMember teacher,
            LocalDate lessonDate,
            int periodNo) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.subgroup = subgroup;
        this.subject = subject;
        this.teacher = teacher;
        this.lessonDate = lessonDate;
        this.periodNo = periodNo;
    }

    /** The details its teacher edits in the grid; a day's changes (cancel, move, replacement) write their own. */
    @Override
    public String auditType() {
        return "Lesson";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("topic", topic);
        snapshot.put("homework", homework);
        snapshot.put("workType", workType == null ? null : workType.getCode());
        snapshot.put("attendanceTaken", Boolean.toString(attendanceTaken));
        return snapshot;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public StaffMember getTeacher() {
        return teacher;
    }

    public void setTeacher(StaffMember teacher) {
        this.teacher = teacher;
    }

    public LocalDate getLessonDate() {
        return lessonDate;
    }

    public void setLessonDate(LocalDate lessonDate) {
        this.lessonDate = lessonDate;
    }

    public int getPeriodNo() {
        return periodNo;
    }

    public void setPeriodNo(int periodNo) {
        this.periodNo = periodNo;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void setWorkType(WorkType workType) {
        this.workType = workType;
    }

    public boolean isAttendanceTaken() {
        return attendanceTaken;
    }

    public void setAttendanceTaken(boolean attendanceTaken) {
        this.attendanceTaken = attendanceTaken;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    public Instant getTopicEnteredAt() {
        return topicEnteredAt;
    }

    public void setTopicEnteredAt(Instant topicEnteredAt) {
        this.topicEnteredAt = topicEnteredAt;
    }

    public Instant getAttendanceTakenAt() {
        return attendanceTakenAt;
    }

    public void setAttendanceTakenAt(Instant attendanceTakenAt) {
        this.attendanceTakenAt = attendanceTakenAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public StaffMember getReplacementTeacher() {
        return replacementTeacher;
    }

    public void setReplacementTeacher(StaffMember replacementTeacher) {
        this.replacementTeacher = replacementTeacher;
    }

    /** Whether the staff member gives this lesson: its teacher, or the teacher replacing them for it. */
    public boolean isTaughtBy(Long staffMemberId) {
        return staffMemberId != null
                && (staffMemberId.equals(teacher.getId())
                        || replacementTeacher != null && staffMemberId.equals(replacementTeacher.getId()));
    }
}
