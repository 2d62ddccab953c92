package ru.ejournal.batch.common;

/**
 * A pause after each chunk, from the {@code throttleMillis} job parameter (default none): lets an
 * operator spare a busy database, and lets the restart test stop a server in the middle of a job.
 */
public final class Throttle {

    private Throttle() {}

    public static void pause(String millis) {
        if (millis == null || millis.isBlank()) {
            return;
        }
        long ms = Long.parseLong(millis.trim());
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
