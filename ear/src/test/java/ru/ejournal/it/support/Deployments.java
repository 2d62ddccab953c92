package ru.ejournal.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The real EAR the build produced; in-container tests add their classes to its EJB module, so
 * that they run beside the services they test, with the production descriptors.
 */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive realEar() {
        return ShrinkWrap.create(ZipImporter.class, "ejournal.ear")
                .importFrom(new File(System.getProperty("ejournal.ear", "target/ejournal.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The EAR with the test class and the support package added to {@code ejb-module.jar}. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "ejb-module.jar");
        ejb.addClasses(testClasses).addPackage(Deployments.class.getPackage());
        ejb.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        return ear;
    }
}
