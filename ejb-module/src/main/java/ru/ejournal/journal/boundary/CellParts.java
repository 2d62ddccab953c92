package ru.ejournal.journal.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;

/** What a cell holds while the grid is being assembled or saved: its absence and marks, with their versions. */
final class CellParts {

    /** An id, version and value of a mark or an absence in a cell. */
    record Stamped(long id, long version, String value) {}

    Stamped absence;
    final List<Stamped> marks = new ArrayList<>();

    static CellParts of(List<Mark> marks, Absence absence) {
        CellParts parts = new CellParts();
        if (absence != null) {
            parts.absence = new Stamped(
                    absence.getId(), absence.getVersion(), absence.getCode().label());
        }
        marks.forEach(m -> parts.marks.add(new Stamped(m.getId(), m.getVersion(), m.getValue())));
        return parts;
    }

    static CellParts parts(Map<Long, Map<Long, CellParts>> cells, Long studentId, Long lessonId) {
        return cells.computeIfAbsent(studentId, k -> new HashMap<>()).computeIfAbsent(lessonId, k -> new CellParts());
    }

    String stamp() {
        List<String> parts = new ArrayList<>();
        if (absence != null) {
            parts.add("a" + absence.id() + "." + absence.version());
        }
        marks.forEach(m -> parts.add("m" + m.id() + "." + m.version()));
        return String.join(",", parts);
    }

    GradeBookCell cell() {
        List<String> shown = new ArrayList<>();
        if (absence != null) {
            shown.add(absence.value());
        }
        marks.forEach(m -> shown.add(MarkValue.display(m.value())));
        return new GradeBookCell(shown.stream().collect(Collectors.joining(" ")), stamp());
    }
}
