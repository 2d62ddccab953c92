package ru.ejournal.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;
import ru.ejournal.common.control.DatabaseMigration;
import ru.ejournal.common.control.Settings;

/**
 * Creates the demo school on first start: by default only on the embedded database, or wherever
 * {@code ejournal.demo=true}. Never touches a database that already has the demo school.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    DemoSchoolBuilder builder;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        boolean wanted =
                Settings.get("ejournal.demo").map(Boolean::parseBoolean).orElse(migration.isEmbedded());
        if (wanted) {
            loadOnce();
        }
        String port = Settings.get("jboss.http.port").orElse("8080");
        LOG.info("Электронный журнал: откройте http://localhost:" + port + "/ (демо-входы — в README.md)");
    }

    private void loadOnce() {
        boolean present = !em.createNamedQuery("School.findByCode")
                .setParameter("code", DemoSchoolBuilder.SCHOOL_CODE)
                .getResultList()
                .isEmpty();
        if (present) {
            LOG.info("Демонстрационная школа уже есть в базе данных");
            builder.regionAccount();
        } else {
            long started = System.nanoTime();
            builder.build(LocalDate.now());
            LOG.info(() ->
                    String.format("Демонстрационная школа создана за %.1f с", (System.nanoTime() - started) / 1e9));
        }
    }
}
