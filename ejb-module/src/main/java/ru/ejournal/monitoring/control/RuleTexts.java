package ru.ejournal.monitoring.control;

import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.ejournal.common.control.Texts;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;

/** The wording of the rules for messages, Russian like the messages (the screens take theirs from the page bundle). */
public final class RuleTexts {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RuleTexts() {}

    public static String title(ViolationRule rule) {
        return Texts.text("monitoring.rule." + rule.name());
    }

    /** «7Б, Русский язык, урок 27.11.2026, 2-й: не записана тема урока». */
    public static String line(ViolationRow row) {
        return row.group() + ", " + row.subjectName() + ", " + row.object() + ": " + title(row.rule())
                + (row.severity() == Severity.WARNING ? Texts.text("monitoring.rule.warning") : "");
    }

    /** Bullet lines, at most {@code limit}, then «… и ещё N». */
    public static String lines(List<ViolationRow> rows, int limit) {
        StringBuilder text = new StringBuilder();
        rows.stream()
                .limit(limit)
                .forEach(r -> text.append("  • ").append(line(r)).append('\n'));
        if (rows.size() > limit) {
            text.append(Texts.text("monitoring.rule.more", rows.size() - limit)).append('\n');
        }
        return text.toString();
    }
}
