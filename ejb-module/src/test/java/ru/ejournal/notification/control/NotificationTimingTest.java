package ru.ejournal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationTimingTest {

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZoneId.systemDefault()).toInstant();
    }

    @Test
    @DisplayName("The digest goes at the next stroke of the parent's hour: today if it is still ahead, else tomorrow")
    void digestHour() {
        assertEquals(at("2026-12-02T18:00"), NotificationScan.nextAt(18, at("2026-12-02T09:15")));
        assertEquals(at("2026-12-03T18:00"), NotificationScan.nextAt(18, at("2026-12-02T18:00")));
        assertEquals(at("2026-12-03T07:00"), NotificationScan.nextAt(7, at("2026-12-02T21:30")));
    }

    @Test
    @DisplayName("Retries back off 1, 2, 4 … minutes and never wait more than an hour")
    void backOff() {
        assertEquals(Duration.ofMinutes(1), OutboxStore.backOff(1));
        assertEquals(Duration.ofMinutes(2), OutboxStore.backOff(2));
        assertEquals(Duration.ofMinutes(32), OutboxStore.backOff(6));
        assertEquals(Duration.ofMinutes(60), OutboxStore.backOff(7));
        assertEquals(Duration.ofMinutes(60), OutboxStore.backOff(20));
    }
}
