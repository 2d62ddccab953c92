package ru.ejournal.operations.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import ru.ejournal.common.control.Texts;

/** A reconciliation finding as the class teacher's attendance screen shows it. */
public record FindingView(
        long id,
        String kind,
        Long studentId,
        String studentName,
        Long lessonId,
        String subject,
        Integer periodNo,
        LocalDate date,
        String status,
        String note)
        implements Serializable {

    /** Russian name of the kind of finding. */
    public String kindTitle() {
        return kindTitle(Texts.RUSSIAN);
    }

    /** The name of the kind of finding in {@code locale} (an unknown kind as it is stored). */
    public String kindTitle(Locale locale) {
        String key = switch (kind) {
            case "MISSING_ATTENDANCE" -> "operations.finding.missingAttendance";
            case "EXCUSE_APPLIED" -> "operations.finding.excuseApplied";
            case "EXCUSE_IN_CLOSED_PERIOD" -> "operations.finding.excuseInClosedPeriod";
            case "UNEXPLAINED_ABSENCE" -> "operations.finding.unexplainedAbsence";
            case "EXCUSE_CONFLICT" -> "operations.finding.excuseConflict";
            case "SUSPECTED_TRUANCY" -> "operations.finding.suspectedTruancy";
            default -> null;
        };
        return key == null ? kind : Texts.text(locale, key);
    }
}
