package ru.ejournal.school.control;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.school.boundary.BellRow;
import ru.ejournal.school.entity.Bell;

/**
 * The rules of a school's bells, checked on the whole schedule as it will be stored: lesson numbers
 * 0–10 (0 is the «нулевой урок»), each once; a lesson starts before it ends; a lesson ends no later
 * than the next numbered lesson starts (a break may be zero minutes, never negative).
 */
public final class BellRules {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BellRules() {}

    public static void check(List<BellRow> bells) {
        for (BellRow b : bells) {
            if (b.lessonNumber() < Bell.FIRST_NUMBER || b.lessonNumber() > Bell.LAST_NUMBER) {
                throw new BusinessException("school.bell.numberRange", Bell.FIRST_NUMBER, Bell.LAST_NUMBER);
            }
            if (b.startTime() == null || b.endTime() == null) {
                throw new BusinessException("school.bell.timesRequired", b.lessonNumber());
            }
            if (!b.startTime().isBefore(b.endTime())) {
                throw new BusinessException(
                        "school.bell.startBeforeEnd",
                        b.lessonNumber(),
                        b.startTime().format(TIME),
                        b.endTime().format(TIME));
            }
        }
        List<BellRow> sorted = bells.stream()
                .sorted(Comparator.comparingInt(BellRow::lessonNumber))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            BellRow prev = sorted.get(i - 1);
            BellRow next = sorted.get(i);
            if (prev.lessonNumber() == next.lessonNumber()) {
                throw new BusinessException("school.bell.duplicate", next.lessonNumber());
            }
            if (prev.endTime().isAfter(next.startTime())) {
                throw new BusinessException(
                        "school.bell.overlap", prev.lessonNumber(), text(prev), next.lessonNumber(), text(next));
            }
        }
    }

    private static String text(BellRow b) {
        return b.startTime().format(TIME) + "–" + b.endTime().format(TIME);
    }
}
