package ru.ejournal.web.common;

import java.io.Serializable;

/**
 * A teacher, a class and a subject as a form chooses them from three drop-downs: a new teaching assignment,
 * a filter of the journal's violations. Any of them may be unchosen (null).
 */
public class TeacherClassSubject implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long teacherId;
    private Long classId;
    private Long subjectId;

    /** Unchooses all three. */
    public void clear() {
        teacherId = null;
        classId = null;
        subjectId = null;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }
}
