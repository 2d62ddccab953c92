package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;

/** Звонок: when lesson number N of the school starts and ends (lesson 0 is the «нулевой урок»). */
@Entity
@Table(
        name = "bell",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_bell_lesson_number",
                        columnNames = {"school_id", "lesson_number"}))
@NamedQueries({
    @NamedQuery(
            name = "Bell.findBySchool",
            query = "SELECT b FROM Bell b WHERE b.school.id = :schoolId ORDER BY b.lessonNumber")
})
public class Bell extends SchoolOwned implements Audited {

    public static final int FIRST_NUMBER = 0;
    public static final int LAST_NUMBER = 10;

    @Column(name = "lesson_number", nullable = false)
    private int lessonNumber;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected Bell() {}

    public Bell(School school, int lessonNumber, LocalTime startTime, LocalTime endTime) {
        super(school);
        this.lessonNumber = lessonNumber;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    @Override
    public String auditType() {
        return "Bell";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lessonNumber", Integer.toString(lessonNumber));
        fields.put("startTime", Audited.text(startTime));
        fields.put("endTime", Audited.text(endTime));
        return fields;
    }

    public int getLessonNumber() {
        return lessonNumber;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }
}
