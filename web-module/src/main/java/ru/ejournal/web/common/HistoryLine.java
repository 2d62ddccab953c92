package ru.ejournal.web.common;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import ru.ejournal.history.entity.ChangeRecord;

/** One changed field in a card's history, with the field's name in the viewer's language. */
public record HistoryLine(
        Instant changedAt, String changedBy, String field, String oldValue, String newValue, String reason)
        implements Serializable {

    /** The fields whose names the bundle knows ({@code history.field.NAME}); any other shows as it is. */
    private static final Set<String> FIELDS = Set.of(
            "lastName",
            "firstName",
            "patronymic",
            "birthDate",
            "gender",
            "homeAddress",
            "phone",
            "extraPhone",
            "email",
            "workplace",
            "status",
            "arrivedOn",
            "departedOn",
            "schoolClass",
            "code",
            "position",
            "roles",
            "enabled",
            "mustChangePassword",
            "passwordIssuedAt");

    public static List<HistoryLine> of(List<ChangeRecord> records) {
        return records.stream()
                .map(c -> new HistoryLine(
                        c.getChangedAt(),
                        c.getChangedBy(),
                        title(c.getField()),
                        c.getOldValue(),
                        c.getNewValue(),
                        c.getReason()))
                .toList();
    }

    private static String title(String field) {
        if (field.startsWith("subgroup:")) {
            return Feedback.text("ct", "history.field.subgroup", field.substring("subgroup:".length()));
        }
        return FIELDS.contains(field) ? Feedback.text("ct", "history.field." + field) : field;
    }
}
