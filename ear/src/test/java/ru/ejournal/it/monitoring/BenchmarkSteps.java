package ru.ejournal.it.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.monitoring.boundary.EvaluationResult;
import ru.ejournal.monitoring.boundary.EvaluationScope;
import ru.ejournal.monitoring.control.RuleEvaluator;

/** The measured steps of the monitoring benchmark, each in a transaction of its own. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BenchmarkSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleEvaluator evaluator;

    /** All six rules for one school, as the nightly run does it. */
    public EvaluationResult evaluate(Long schoolId, LocalDate today, Instant now) {
        return evaluator.evaluate(EvaluationScope.school(schoolId), today, now);
    }

    /** One pass over the whole lesson table: count and two sums. */
    public long lessonPass() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT COUNT(*), SUM(period_no), SUM(CASE WHEN topic IS NULL THEN 1 ELSE 0 END) FROM lesson""").getSingleResult();
        return ((Number) row[0]).longValue();
    }

    public int forgetViolations(List<Long> schoolIds) {
        return em.createQuery("delete from Violation v where v.school.id in :ids")
                .setParameter("ids", schoolIds)
                .executeUpdate();
    }

    public long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }
}
