package ru.ejournal.batch.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a job writes its report: the {@code outputDir} job parameter, or else
 * {@code <jboss.server.data.dir>/ejournal-batch/<job>/<instance id>} (the same for a restart).
 */
public final class OutputFiles {

    private OutputFiles() {}

    public static Path directory(String jobName, long instanceId, Properties parameters) throws IOException {
        String configured = parameters == null ? null : parameters.getProperty("outputDir");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "ejournal-batch",
                        jobName,
                        Long.toString(instanceId));
        Files.createDirectories(dir);
        return dir;
    }
}
