package ru.ejournal.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A nightly pass over every school in turn (the journal check, the pupils at risk): each school on its own,
 * so a school that fails is logged and counted while the others still run.
 */
@Dependent
public class EverySchool {

    private static final Logger LOG = Logger.getLogger(EverySchool.class.getName());

    @PersistenceContext
    EntityManager em;

    /** What a pass did: the results of the schools that ran, how many schools there were and failed, its time. */
    public record Pass<R>(List<R> results, int schools, int failed, double seconds) {}

    /** Runs {@code school} for each school by id, in id order; {@code what} names the pass in the log. */
    public <R> Pass<R> run(String what, LongFunction<R> school) {
        List<Long> ids = em.createQuery("select s.id from School s order by s.id", Long.class)
                .getResultList();
        long started = System.nanoTime();
        List<R> results = new ArrayList<>();
        int failed = 0;
        for (Long id : ids) {
            try {
                results.add(school.apply(id));
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, what + " failed in school " + id, e);
            }
        }
        return new Pass<>(results, ids.size(), failed, (System.nanoTime() - started) / 1e9);
    }
}
