package ru.ejournal.school.boundary;

import java.io.Serializable;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.Subject;

/** A subject as the subjects page lists and edits it; {@code version} is the one read. */
public record SubjectRow(Long id, String code, String name, Grading grading, long version) implements Serializable {

    public static SubjectRow of(Subject s) {
        return new SubjectRow(s.getId(), s.getCode(), s.getName(), s.getGrading(), s.getVersion());
    }
}
