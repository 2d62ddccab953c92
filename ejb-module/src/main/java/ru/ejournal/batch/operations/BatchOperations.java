package ru.ejournal.batch.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Makes the batch module's services injectable ({@code @Inject BatchJobs}) in the modules that do
 * not see batch-module: its EJBs by their application-wide JNDI names. Application-scoped, so an
 * injected reference is a serializable client proxy (a {@code @ViewScoped} bean that holds one
 * survives passivation and a move to another node of a cluster).
 */
@ApplicationScoped
public class BatchOperations {

    @Produces
    @ApplicationScoped
    BatchJobs batchJobs() {
        return lookup("java:app/batch-module/BatchJobsBean!" + BatchJobs.class.getName(), BatchJobs.class);
    }

    @Produces
    @ApplicationScoped
    BatchSchedules batchSchedules() {
        return lookup(
                "java:app/batch-module/BatchSchedulesBean!" + BatchSchedules.class.getName(), BatchSchedules.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("No batch job service " + name, e);
        }
    }
}
