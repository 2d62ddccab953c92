package ru.ejournal.school.boundary;

import java.io.Serializable;
import ru.ejournal.journal.entity.WorkType;

/** A work type (вид работы) with its weight, as the subjects page lists and edits it. */
public record WorkTypeRow(Long id, String code, String name, int weight, boolean marksRequired, long version)
        implements Serializable {

    public static WorkTypeRow of(WorkType w) {
        return new WorkTypeRow(w.getId(), w.getCode(), w.getName(), w.getWeight(), w.isMarksRequired(), w.getVersion());
    }
}
