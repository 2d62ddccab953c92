package ru.ejournal.timetable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;

/**
 * One lesson of a weekly timetable: day of the week (1 = Monday … 6 = Saturday), lesson number, subject,
 * the whole class or one subgroup, teacher and room.
 */
@Entity
@Table(name = "timetable_entry")
@NamedQueries({
    @NamedQuery(
            name = "TimetableEntry.findByTimetable",
            query = "SELECT e FROM TimetableEntry e WHERE e.timetable.id = :timetableId"
                    + " ORDER BY e.dayOfWeek, e.lessonNo, e.id")
})
public class TimetableEntry extends SchoolOwned implements Audited {

    public static final String AUDIT_TYPE = "TimetableEntry";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "timetable_id", nullable = false)
    private Timetable timetable;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "lesson_no", nullable = false)
    private int lessonNo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subgroup_id")
    private Subgroup subgroup;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id", nullable = false)
    private StaffMember teacher;

    @Column(name = "room", length = 30)
    private String room;

    protected TimetableEntry() {}

    public TimetableEntry(
            Timetable timetable,
            int dayOfWeek,
            int lessonNo,
            Subject subject,
            Subgroup subgroup,
            StaffMember teacher,
            String room) {
        super(timetable.getSchool());
        this.timetable = timetable;
        this.dayOfWeek = dayOfWeek;
        this.lessonNo = lessonNo;
        this.subject = subject;
        this.subgroup = subgroup;
        this.teacher = teacher;
        this.room = room;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("timetable", Audited.text(timetable));
        fields.put("dayOfWeek", Audited.text(dayOfWeek));
        fields.put("lessonNo", Audited.text(lessonNo));
        fields.put("subject", Audited.text(subject));
        fields.put("subgroup", Audited.text(subgroup));
        fields.put("teacher", Audited.text(teacher));
        fields.put("room", Audited.text(room));
        return fields;
    }

    public Timetable getTimetable() {
        return timetable;
    }

    public int getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(int dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public int getLessonNo() {
        return lessonNo;
    }

    public void setLessonNo(int lessonNo) {
        this.lessonNo = lessonNo;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public Subgroup getSubgroup() {
        return subgroup;
    }

    public void setSubgroup(Subgroup subgroup) {
        this.subgroup = subgroup;
    }

    public StaffMember getTeacher() {
        return teacher;
    }

    public void setTeacher(StaffMember teacher) {
        this.teacher = teacher;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
