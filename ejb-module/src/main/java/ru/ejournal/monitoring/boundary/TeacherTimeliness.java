package ru.ejournal.monitoring.boundary;

import java.io.Serializable;

/**
 * Своевременность: of the lessons a teacher held in the period (up to yesterday), how many had their
 * topic and attendance entered by the school's deadlines; and the teacher's open violations.
 */
public record TeacherTimeliness(Long teacherId, String teacherName, long lessons, long onTime, long openViolations)
        implements Serializable {

    /** Share of lessons filled on time, in per cent (100 when the teacher held no lesson). */
    public double percent() {
        return lessons == 0 ? 100.0 : Math.round(onTime * 1000.0 / lessons) / 10.0;
    }
}
