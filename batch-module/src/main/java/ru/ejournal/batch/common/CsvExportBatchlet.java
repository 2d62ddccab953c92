package ru.ejournal.batch.common;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The export step of a job: the rows of one query, in all schools or in the job's one ({@code schoolCode}),
 * written sorted to a CSV file in the job's output directory ({@link CsvExport}, {@link OutputFiles}); the exit
 * status says how many rows ({@code COMPLETED:n}).
 */
public abstract class CsvExportBatchlet extends AbstractBatchlet {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    protected JobContext job;

    @Inject
    @BatchProperty
    String schoolCode;

    private final String fileName;
    private final List<String> header;
    private final int sortColumns;

    /** The file, its header and how many leading columns sort the rows. */
    protected CsvExportBatchlet(String fileName, List<String> header, int sortColumns) {
        this.fileName = fileName;
        this.header = header;
        this.sortColumns = sortColumns;
    }

    /** The query, which ends in its {@code WHERE} clause and names the school table {@code s}. */
    protected abstract String sql();

    /** The values of the query's parameters, in order. */
    protected abstract List<Object> parameters();

    @Override
    public String process() throws Exception {
        List<Object> parameters = new ArrayList<>(parameters());
        String sql = sql();
        if (schoolCode != null && !schoolCode.isBlank()) {
            sql += " AND s.code = ?";
            parameters.add(schoolCode.trim());
        }
        try (Connection c = dataSource.getConnection()) {
            int rows = CsvExport.write(
                    c,
                    sql,
                    parameters,
                    header,
                    sortColumns,
                    OutputFiles.directory(
                                    job.getJobName(),
                                    job.getInstanceId(),
                                    BatchRuntime.getJobOperator().getParameters(job.getExecutionId()))
                            .resolve(fileName));
            job.setExitStatus("COMPLETED:" + rows);
        }
        return "COMPLETED";
    }
}
