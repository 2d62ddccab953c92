package ru.ejournal.student.boundary;

import java.io.Serializable;
import java.util.List;

/** One row of an imported class list as the preview shows it. */
public record ImportRow(int line, String student, String parent, Status status, List<String> errors)
        implements Serializable {

    /** What the import will do with the row. */
    public enum Status {
        /** a new student (and parent) will be entered */
        NEW,
        /** the student is already in the class: nothing is entered (re-import) */
        EXISTS,
        /** the row has errors: nothing is entered from it */
        ERROR
    }

    public String errorText() {
        return String.join("; ", errors);
    }
}
