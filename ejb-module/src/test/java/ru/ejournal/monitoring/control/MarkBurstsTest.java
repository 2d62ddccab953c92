package ru.ejournal.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.monitoring.control.MarkBursts.Burst;
import ru.ejournal.monitoring.entity.MarkChangeFacts;

class MarkBurstsTest {

    private static final Instant EVENING = Instant.parse("2026-11-20T17:00:00Z");
    private static final Duration HOUR = Duration.ofMinutes(60);

    private static MarkChangeFacts change(int minute, boolean past, boolean notTaught) {
        return new MarkChangeFacts(
                (long) minute, 1L, 2L, 3L, null, 1, "2", "5", EVENING.plusSeconds(minute * 60L), past, notTaught);
    }

    private static List<MarkChangeFacts> pastChanges(int count, int everyMinutes) {
        List<MarkChangeFacts> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(change(i * everyMinutes, true, false));
        }
        return changes;
    }

    @Test
    @DisplayName("51 changes of past lessons in 20 minutes make one alert with all 51")
    void theEveningOf2016() {
        List<MarkChangeFacts> changes = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            changes.add(new MarkChangeFacts(
                    (long) i, 1L, 2L, 3L, null, 1, "2", "5", EVENING.plusSeconds(i * 23L), true, false));
        }
        List<Burst> bursts = MarkBursts.find(changes, null, 20, HOUR);
        assertEquals(1, bursts.size());
        assertEquals(51, bursts.get(0).changes().size());
        assertFalse(bursts.get(0).extendsOpen());
    }

    @Test
    @DisplayName("20 changes are not more than 20: no alert; the 21st opens one with all 21")
    void threshold() {
        assertTrue(MarkBursts.find(pastChanges(20, 1), null, 20, HOUR).isEmpty());
        assertEquals(
                21,
                MarkBursts.find(pastChanges(21, 1), null, 20, HOUR)
                        .get(0)
                        .changes()
                        .size());
    }

    @Test
    @DisplayName("Changes of past lessons spread wider than the window open nothing")
    void spreadOut() {
        assertTrue(MarkBursts.find(pastChanges(40, 4), null, 20, HOUR).isEmpty());
    }

    @Test
    @DisplayName("Today's marks of one's own lessons never count")
    void ownLessonsToday() {
        List<MarkChangeFacts> changes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            changes.add(change(i, false, false));
        }
        assertTrue(MarkBursts.find(changes, null, 20, HOUR).isEmpty());
    }

    @Test
    @DisplayName("One change in a lesson the account does not teach opens an alert at once")
    void notTaught() {
        List<Burst> bursts = MarkBursts.find(List.of(change(0, false, true)), null, 20, HOUR);
        assertEquals(1, bursts.size());
        assertEquals(1, bursts.get(0).changes().size());
    }

    @Test
    @DisplayName("An open alert takes the burst's further changes; after a longer pause a new alert starts")
    void growsThenFollowUp() {
        List<MarkChangeFacts> changes = List.of(
                change(10, true, false), change(50, true, false), change(200, false, true), change(210, true, false));
        List<Burst> bursts = MarkBursts.find(changes, EVENING, 20, HOUR);
        assertEquals(2, bursts.size());
        assertTrue(bursts.get(0).extendsOpen());
        assertEquals(2, bursts.get(0).changes().size());
        assertFalse(bursts.get(1).extendsOpen());
        assertEquals(2, bursts.get(1).changes().size());
    }
}
