package ru.ejournal.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.school.entity.School;

/**
 * The one rule every path that changes marks, period grades or absences asks: a closed study period
 * (closed by the administrator or the deputy director on «Учебные периоды») refuses changes of
 * anything dated inside it. A day is closed when any closed period of the school covers it (a closed
 * year closes all its quarters' days).
 */
@Dependent
public class ClosedPeriods {

    @PersistenceContext
    EntityManager em;

    /** The name of a closed period of the school covering the day, or {@code null} when none does. */
    public String closedOn(School school, LocalDate day) {
        List<String> names = em.createQuery("""
                        select p.name from StudyPeriod p where p.school = :school and p.closed = true
                        and p.startDate <= :day and p.endDate >= :day order by p.startDate, p.name""", String.class)
                .setParameter("school", school)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList();
        return names.isEmpty() ? null : names.get(0);
    }

    /** Refuses a change of something dated {@code day} when a closed period covers that day. */
    public void checkOpen(School school, LocalDate day) {
        String closed = closedOn(school, day);
        if (closed != null) {
            throw refusal(closed);
        }
    }

    /** Refuses a change of things dated on {@code days} when a closed period covers any of them. */
    public void checkOpen(School school, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        for (Closed closed : closedBetween(school, Collections.min(days), Collections.max(days))) {
            if (days.stream().anyMatch(closed::covers)) {
                throw refusal(closed.name());
            }
        }
    }

    /** A closed period's name and dates. */
    public record Closed(String name, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The closed periods of the school overlapping the dates, in one statement. */
    public List<Closed> closedBetween(School school, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select p.name, p.startDate, p.endDate from StudyPeriod p where p.school = :school
                        and p.closed = true and p.startDate <= :to and p.endDate >= :from
                        order by p.startDate, p.name""", Object[].class)
                .setParameter("school", school)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(r -> new Closed((String) r[0], (LocalDate) r[1], (LocalDate) r[2]))
                .toList();
    }

    /** The days of {@code from..to} that the closed periods cover. */
    public static Set<LocalDate> days(List<Closed> closed, LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        for (Closed period : closed) {
            for (LocalDate day = period.from().isBefore(from) ? from : period.from();
                    !day.isAfter(to) && period.covers(day);
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The refusal, the same on every path. */
    public static BusinessException refusal(String periodName) {
        return new BusinessException("school.period.closed", periodName);
    }
}
