package ru.ejournal.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ejournal.school.entity.StudyPeriod;

/**
 * The periods a term report compares with (issue 16): the previous period of the same kind in the school year,
 * and the same period (by its code) of the previous school year. One rule for the school report and the class
 * teacher's report.
 */
@Dependent
public class ComparedPeriods {

    @PersistenceContext
    EntityManager em;

    /** The last period of the same kind that ends before this one starts, in the same school year. */
    public StudyPeriod previousOfKind(StudyPeriod period) {
        return em.createQuery(
                        "SELECT p FROM StudyPeriod p WHERE p.academicYear = :year AND p.kind = :kind"
                                + " AND p.endDate < :start ORDER BY p.endDate DESC",
                        StudyPeriod.class)
                .setParameter("year", period.getAcademicYear())
                .setParameter("kind", period.getKind())
                .setParameter("start", period.getStartDate())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The period of the same code in the school's latest year that ends before this period's year starts. */
    public StudyPeriod sameLastYear(StudyPeriod period) {
        return em.createQuery(
                        "SELECT p FROM StudyPeriod p WHERE p.school = :school AND p.code = :code"
                                + " AND p.academicYear.endDate < :start ORDER BY p.academicYear.endDate DESC",
                        StudyPeriod.class)
                .setParameter("school", period.getSchool())
                .setParameter("code", period.getCode())
                .setParameter("start", period.getAcademicYear().getStartDate())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
