package ru.ejournal.batch.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a job writes its report: the {@code outputDir} job parameter, or else
 * {@code <batch directory>/<job>/<instance id>} (the same for a restart). The batch directory is the
 * setting {@code ejournal.batch.dir} (env {@code EJOURNAL_BATCH_DIR}), by default
 * {@code <jboss.server.data.dir>/ejournal-batch}; on a cluster it is a directory every node shares,
 * so that an execution restarted on another node finds its uploaded files and its report.
 */
public final class OutputFiles {

    private OutputFiles() {}

    public static Path directory(String jobName, long instanceId, Properties parameters) throws IOException {
        String configured = parameters == null ? null : parameters.getProperty("outputDir");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : batchDirectory().resolve(jobName).resolve(Long.toString(instanceId));
        Files.createDirectories(dir);
        return dir;
    }

    /** The directory of the uploads and the reports of the jobs (shared by the nodes of a cluster). */
    public static Path batchDirectory() {
        String configured = System.getProperty("ejournal.batch.dir", System.getenv("EJOURNAL_BATCH_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "ejournal-batch");
    }
}
