package ru.ejournal.timetable.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.timetable.entity.Timetable;

/**
 * Copies a class's current timetable to another class (at year end: 5А of this year to 6А of the next)
 * as a draft valid from a date, for the administrator to review and approve. No role checks: the caller
 * (the year-end service) makes them. Subgroups are matched by subject and code in the target class; an
 * entry of a subgroup the target class lacks is left out and reported.
 */
@Dependent
public class TimetableCopier {

    /** The draft made, how many entries it got, and the entries left out, described. */
    public record CopyResult(Timetable copy, int copied, List<String> skipped) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Timetables timetables;

    @Inject
    ChangeHistory history;

    public CopyResult copy(SchoolClass from, SchoolClass to, LocalDate validFrom) {
        return copy(from, to, validFrom, "system");
    }

    public CopyResult copy(SchoolClass from, SchoolClass to, LocalDate validFrom, String changedBy) {
        if (from == null || to == null || validFrom == null) {
            throw new BusinessException("timetable.copy.required");
        }
        if (!from.getSchool().equals(to.getSchool())) {
            throw new BusinessException("timetable.copy.otherSchool");
        }
        Timetable source = timetables.inForce(from, LocalDate.now());
        if (source == null) {
            source = timetables.versions(from).stream()
                    .filter(t -> !t.isDraft())
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new BusinessException("timetable.copy.noTimetable", from.getName()));
        }
        if (timetables.versions(to).stream().anyMatch(t -> t.getValidFrom().equals(validFrom))) {
            throw new BusinessException("timetable.version.exists", to.getName(), TimetableRules.date(validFrom));
        }
        Map<String, Subgroup> targetGroups = new HashMap<>();
        em.createNamedQuery("Subgroup.findByClass", Subgroup.class)
                .setParameter("schoolClassId", to.getId())
                .getResultStream()
                .forEach(g -> targetGroups.put(g.getSubject().getId() + ":" + g.getCode(), g));
        Timetable copy = new Timetable(to, validFrom, true, changedBy, Instant.now());
        em.persist(copy);
        history.record(copy, Map.of(), changedBy, Texts.text("timetable.copy.reason", from.getName()));
        List<String> skipped = from.equals(to)
                ? timetables.copyEntries(source, copy, null)
                : timetables.copyEntries(
                        source, copy, g -> targetGroups.get(g.getSubject().getId() + ":" + g.getCode()));
        int copied = timetables.entries(copy).size();
        return new CopyResult(copy, copied, skipped);
    }
}
