package ru.ejournal.operations.boundary;

import java.io.Serializable;
import java.time.LocalDate;

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
        return switch (kind) {
            case "MISSING_ATTENDANCE" -> "Не отмечена посещаемость";
            case "EXCUSE_APPLIED" -> "«Н» исправлено по справке";
            case "EXCUSE_IN_CLOSED_PERIOD" -> "Справка на пропуск «Н» в закрытом периоде: не исправлено";
            case "UNEXPLAINED_ABSENCE" -> "Пропуск «Н» без объяснения";
            case "EXCUSE_CONFLICT" -> "Справка, но ученик был на уроке или получил отметку";
            case "SUSPECTED_TRUANCY" -> "Возможный прогул";
            default -> kind;
        };
    }
}
