package ru.ejournal.common.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version before anything uses the persistence unit. The versioned
 * migrations ({@code db/migration}) serve H2 and PostgreSQL; what only one database can say (the
 * append-only trigger of {@code change_record}: plpgsql on PostgreSQL, a Java trigger on H2) is a
 * repeatable migration in {@code db/vendor/h2} or {@code db/vendor/postgresql}, added for the database in
 * use. On a cluster Flyway's lock lets one node migrate.
 */
@Singleton
@Startup
@PermitAll // tells only which database product is in use, no school data
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    private DataSource dataSource;

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            databaseProduct = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database is not available", e);
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (isEmbedded() ? "h2" : "postgresql"))
                // The server's own tables (EJB timers, batch job repository) share the database.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema: version " + result.targetSchemaVersion + ", migrations applied: "
                + result.migrationsExecuted);
    }

    /** "H2" or "PostgreSQL": the demo data is loaded by default only into the embedded database. */
    public String databaseProduct() {
        return databaseProduct;
    }

    public boolean isEmbedded() {
        return "H2".equalsIgnoreCase(databaseProduct);
    }
}
