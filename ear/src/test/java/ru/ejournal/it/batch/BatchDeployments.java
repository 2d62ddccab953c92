package ru.ejournal.it.batch;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import ru.ejournal.it.support.Deployments;

/** The real EAR with the batch tests, the generator and the tests' own expectations. */
final class BatchDeployments {

    private BatchDeployments() {}

    static EnterpriseArchive withTests(Class<?> testClass) {
        EnterpriseArchive ear = Deployments.withTests(testClass);
        ear.getAsType(JavaArchive.class, "ejb-module.jar").addPackage(BatchDeployments.class.getPackage());
        return ear;
    }
}
