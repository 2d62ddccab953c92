package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The restart test: a server of the test's own is killed with SIGKILL in the middle of each job,
 * started again, and the execution restarted over HTTP; the result must equal that of an
 * uninterrupted run of the same job on an identical copy of the region (other school codes).
 * Runs outside Arquillian: {@code mvn -B -ntp verify -Dit.test=BatchRestartIT}; on an empty PostgreSQL database with
 * {@code -Drestart.db.url=jdbc:postgresql://127.0.0.1:5432/…}.
 */
class BatchRestartIT {

    private static final String RANGE = "from=2025-09-01&to=2025-10-26";

    private ServerProcess server;
    private Path regionA;
    private Path regionB;

    @BeforeEach
    void startServer() throws Exception {
        Path target = Path.of(System.getProperty("ejournal.ear", "target/ejournal.ear"))
                .toAbsolutePath()
                .getParent();
        int offset = Integer.getInteger("test.management.port", 9990) - 9990 + 37;
        server = new ServerProcess(
                Path.of(System.getProperty("jboss.home")),
                Path.of(System.getProperty("ejournal.ear")),
                target.resolve("restart-test"),
                offset);
        // -Drestart.db.url=jdbc:postgresql://…: the same on an empty PostgreSQL database (.ci/run's second pass)
        String postgresql = System.getProperty("restart.db.url");
        if (postgresql != null && !postgresql.isBlank()) {
            server.onPostgreSQL(postgresql);
        }
        regionA = target.resolve("restart-test/region-a");
        regionB = target.resolve("restart-test/region-b");
        RegionGenerator.generate("S", regionA, "rstA", 5L);
        RegionGenerator.generate("S", regionB, "rstB", 5L);
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
    }

    @Test
    @DisplayName(
            "Killed with kill -9 in the middle of each job and restarted, the jobs end exactly as an uninterrupted run")
    void killedJobsRestartWithoutLossOrDoubles() throws Exception {
        assertEquals("COMPLETED", server.awaitEnd(server.startJob("region-import", "inputDir=" + regionB)));
        long importA = server.startJob("region-import", "inputDir=" + regionA + "&chunkSize=50&throttleMillis=150");
        long resumedImport = killInTheMiddleAndRestart(importA, 5000);
        assertEquals("COMPLETED", server.awaitEnd(resumedImport));

        long reconB = server.startJob("attendance-reconciliation", "schoolCode=rstB001&" + RANGE);
        assertEquals("COMPLETED", server.awaitEnd(reconB));
        // the school is the one item of its partition in both jobs (issue 12): the kill falls in the pause after
        // its write, inside the chunk's transaction, which the restart then does again
        long reconA = server.startJob("attendance-reconciliation", "schoolCode=rstA001&throttleMillis=8000&" + RANGE);
        long resumedRecon = killInTheMiddleAndRestart(reconA, 2500);
        assertEquals("COMPLETED", server.awaitEnd(resumedRecon));
        String expectedFindings = server.export(reconB).replace("rstB001", "rstA001");
        assertTrue(expectedFindings.lines().count() > 50, "the region has findings");
        assertEquals(expectedFindings, server.export(resumedRecon));

        long analyticsB = server.startJob("period-analytics", "schoolCode=rstB001&periodCode=Q1");
        assertEquals("COMPLETED", server.awaitEnd(analyticsB));
        long analyticsA =
                server.startJob("period-analytics", "schoolCode=rstA001&periodCode=Q1&chunkSize=1&throttleMillis=8000");
        long resumedAnalytics = killInTheMiddleAndRestart(analyticsA, 2500);
        assertEquals("COMPLETED", server.awaitEnd(resumedAnalytics));
        String expectedAnalytics = server.export(analyticsB).replace("rstB001", "rstA001");
        assertTrue(expectedAnalytics.lines().count() > 20, "the region has analytics");
        assertEquals(expectedAnalytics, server.export(resumedAnalytics));
    }

    private long killInTheMiddleAndRestart(long executionId, long runMillis) throws Exception {
        server.awaitStarted(executionId);
        Thread.sleep(runMillis);
        server.killHard();
        server.start();
        assertEquals("STARTED", server.status(executionId), "the kill came before the job ended");
        return server.restart(executionId);
    }
}
