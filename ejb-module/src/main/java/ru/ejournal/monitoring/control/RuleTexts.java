package ru.ejournal.monitoring.control;

import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;

/** Russian wording of the rules for messages (the screens take theirs from the message bundle). */
public final class RuleTexts {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RuleTexts() {}

    public static String title(ViolationRule rule) {
        return switch (rule) {
            case TOPIC_MISSING -> "не записана тема урока";
            case ATTENDANCE_NOT_TAKEN -> "не отмечена посещаемость";
            case MARKS_LATE -> "не выставлены отметки за работу";
            case TOO_FEW_MARKS -> "мало отметок за период";
            case PERIOD_GRADES_MISSING -> "не выставлена отметка за период";
            case HOMEWORK_MISSING -> "не записано домашнее задание";
        };
    }

    /** «7Б, Русский язык, урок 27.11.2026, 2-й: не записана тема урока». */
    public static String line(ViolationRow row) {
        return row.group() + ", " + row.subjectName() + ", " + row.object() + ": " + title(row.rule())
                + (row.severity() == Severity.WARNING ? " (предупреждение)" : "");
    }

    /** Bullet lines, at most {@code limit}, then «… и ещё N». */
    public static String lines(List<ViolationRow> rows, int limit) {
        StringBuilder text = new StringBuilder();
        rows.stream()
                .limit(limit)
                .forEach(r -> text.append("  • ").append(line(r)).append('\n'));
        if (rows.size() > limit) {
            text.append("  … и ещё ").append(rows.size() - limit).append('\n');
        }
        return text.toString();
    }
}
