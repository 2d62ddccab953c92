package ru.ejournal.monitoring.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.monitoring.entity.MarkChangeFacts;

/**
 * The rule of the mass mark-change alert, as a pure function over one account's changes (unit-tested):
 *
 * <ul>
 * <li>a change of a mark in a lesson the account does not teach opens an alert at once;
 * <li>changes of marks of past lessons open one when more than {@code threshold} of them fall within
 *     {@code window} (counted from each change forward, so every such window is found);
 * <li>an open alert takes every further suspicious change that comes within {@code window} of its last
 *     one: one alert per burst, however long the burst goes on; a change after a longer pause starts over.
 * </ul>
 *
 * Changes that are neither (this year's lessons of one's own classes) never count. Suspicious changes
 * below the threshold open nothing and are looked at again with the next changes.
 */
public final class MarkBursts {

    private MarkBursts() {}

    /** Changes for one alert: the one already open ({@code extendsOpen}) or a new one. */
    public record Burst(boolean extendsOpen, List<MarkChangeFacts> changes) {}

    /**
     * @param changes the account's changes not yet in an alert, by time
     * @param openUntil the last change time of the account's alert that may still grow, or null
     */
    public static List<Burst> find(List<MarkChangeFacts> changes, Instant openUntil, int threshold, Duration window) {
        List<MarkChangeFacts> suspicious =
                changes.stream().filter(MarkChangeFacts::suspicious).toList();
        List<Burst> bursts = new ArrayList<>();
        List<MarkChangeFacts> current = null;
        Instant last = openUntil;
        boolean extendsOpen = openUntil != null;
        for (int i = 0; i < suspicious.size(); i++) {
            MarkChangeFacts change = suspicious.get(i);
            if (last != null && !change.changedAt().isAfter(last.plus(window))) {
                if (current == null) {
                    current = new ArrayList<>();
                    bursts.add(new Burst(extendsOpen, current));
                }
                current.add(change);
                last = change.changedAt();
                continue;
            }
            current = null;
            last = null;
            extendsOpen = false;
            if (change.notTaught() || pastWithin(suspicious, i, window) > threshold) {
                current = new ArrayList<>();
                current.add(change);
                bursts.add(new Burst(false, current));
                last = change.changedAt();
            }
        }
        return bursts;
    }

    /** How many changes of past lessons from {@code from} on fall within {@code window} of it. */
    private static int pastWithin(List<MarkChangeFacts> changes, int from, Duration window) {
        Instant end = changes.get(from).changedAt().plus(window);
        int count = 0;
        for (int j = from; j < changes.size() && !changes.get(j).changedAt().isAfter(end); j++) {
            if (changes.get(j).pastLesson()) {
                count++;
            }
        }
        return count;
    }
}
