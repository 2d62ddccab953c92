package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import ru.ejournal.security.control.PasswordHasher;

/**
 * Checks a row and resolves its codes; a row already loaded is filtered (returns {@code null}), a
 * bad row throws {@link BadRowException}, which the step skips and {@link ImportErrorListener} reports.
 * An import for one school (job parameter {@code schoolCode}: a school administrator's) refuses every
 * row of another school code, a new school's included, so nothing of another school changes.
 */
@Named
public class ImportRowProcessor implements ItemProcessor {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String schoolCode;

    private RowImporters importers;

    @Override
    public Object processItem(Object item) throws Exception {
        ImportRow row = (ImportRow) item;
        checkScope(schoolCode == null || schoolCode.isBlank() ? null : schoolCode.trim(), row);
        if (importers == null) {
            String hash = row.file().equals("staff.csv")
                    ? hasher.hash(UUID.randomUUID().toString())
                    : "-";
            importers = new RowImporters(hash, job.getInstanceId());
        }
        try (Connection c = dataSource.getConnection()) {
            List<Stmt> statements = importers.process(row, c);
            return statements.isEmpty() ? null : statements;
        }
    }

    /** Refuses a row of another school than {@code scope} (when the import is one school's). */
    static void checkScope(String scope, ImportRow row) throws BadRowException {
        if (scope != null && !scope.equals(row.get(0))) {
            throw row.get(0).isEmpty()
                    ? new BadRowException("batch.import.noSchoolCode")
                    : new BadRowException("batch.import.otherSchool", row.get(0), scope);
        }
    }
}
