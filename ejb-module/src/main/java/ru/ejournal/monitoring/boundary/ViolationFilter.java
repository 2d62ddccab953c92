package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;

/** Filters of the violation lists; null means "any". */
public record ViolationFilter(
        Long teacherId, Long classId, Long subjectId, ViolationRule rule, Severity severity, Status status)
        implements Serializable {

    /** Open, closed or both. */
    public enum Status {
        OPEN,
        CLOSED,
        ALL
    }

    public static ViolationFilter open() {
        return new ViolationFilter(null, null, null, null, null, Status.OPEN);
    }

    public ViolationFilter withClass(Long schoolClassId) {
        return new ViolationFilter(teacherId, schoolClassId, subjectId, rule, severity, status);
    }

    public ViolationFilter withTeacher(Long staffMemberId) {
        return new ViolationFilter(staffMemberId, classId, subjectId, rule, severity, status);
    }
}
