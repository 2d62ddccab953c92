package ru.ejournal.it.support;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The real EAR the build produced, with every test class added to its EJB module so that in-container tests
 * run beside the services they test, with the production descriptors. Every test class deploys this same
 * archive, and {@code ru.ejournal.it.arquillian.OneDeployment} deploys it once for the whole run.
 */
public final class Deployments {

    private Deployments() {}

    /** The one deployment of the integration tests; client-side test classes are marked {@code @RunAsClient}. */
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "ejournal.ear")
                .importFrom(new File(System.getProperty("ejournal.ear", "target/ejournal.ear")))
                .as(EnterpriseArchive.class);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "ejb-module.jar");
        // Arquillian's own extension runs on the client only.
        ejb.addPackages(true, path -> !path.get().contains("/ru/ejournal/it/arquillian/"), "ru.ejournal.it");
        // Elytron: the tests sign in as a given account; Angus Mail and GreenMail: the tests read the letters sent.
        ejb.setManifest(new StringAsset(
                "Manifest-Version: 1.0\n" + "Dependencies: org.wildfly.security.elytron, org.eclipse.angus.mail\n"));
        ear.addAsLibrary(jarOf(GreenMail.class), "greenmail.jar");
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
