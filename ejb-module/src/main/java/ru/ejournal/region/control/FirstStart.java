package ru.ejournal.region.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import ru.ejournal.common.control.DatabaseMigration;
import ru.ejournal.common.control.Settings;
import ru.ejournal.common.control.Texts;

/**
 * The first start of a real installation (no demo): when the database has not a single account, the
 * first region administrator is created with a one-time password, written once to the server log
 * and stored only hashed; the first sign-in must change it. On a restart, or on a second node
 * starting at the same moment, nothing more is created: the count decides, and the unique login
 * lets only one of two concurrent inserts commit.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    RegionAccounts accounts;

    @PostConstruct
    void createFirstRegionAdministrator() {
        boolean demo = Settings.get("ejournal.demo").map(Boolean::parseBoolean).orElse(migration.isEmbedded());
        if (demo) {
            return;
        }
        Optional<String> password;
        try {
            password = accounts.createFirstAdministrator();
        } catch (EJBException e) {
            LOG.info("The first region administrator has already been created by another node of the cluster");
            return;
        }
        // Russian like the README that tells the operator what to look for in the log
        password.ifPresent(p -> LOG.warning(Texts.text("region.firstStart.password", RegionAccounts.FIRST_LOGIN, p)));
    }
}
