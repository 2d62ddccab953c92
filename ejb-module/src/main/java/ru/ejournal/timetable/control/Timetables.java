package ru.ejournal.timetable.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.timetable.boundary.TimetableLine;
import ru.ejournal.timetable.entity.Timetable;
import ru.ejournal.timetable.entity.TimetableEntry;

/** Reading and copying timetable versions, without access checks (the callers make them). */
@Dependent
public class Timetables {

    @PersistenceContext
    EntityManager em;

    /** The class's versions, oldest first, drafts included. */
    public List<Timetable> versions(SchoolClass schoolClass) {
        return em.createNamedQuery("Timetable.findByClass", Timetable.class)
                .setParameter("schoolClassId", schoolClass.getId())
                .getResultList();
    }

    /** The version in force on {@code day}: the latest approved one that starts on or before it. */
    public Timetable inForce(SchoolClass schoolClass, LocalDate day) {
        return em.createNamedQuery("Timetable.findByClassAndDate", Timetable.class)
                .setParameter("schoolClassId", schoolClass.getId())
                .setParameter("date", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public List<TimetableEntry> entries(Timetable timetable) {
        return em.createNamedQuery("TimetableEntry.findByTimetable", TimetableEntry.class)
                .setParameter("timetableId", timetable.getId())
                .getResultList();
    }

    /**
     * Copies the entries of {@code from} into {@code to}; {@code subgroups} maps a subgroup of the source
     * to the target's (null: the same subgroup). Returns the entries that could not be copied, described.
     */
    public List<String> copyEntries(Timetable from, Timetable to, Function<Subgroup, Subgroup> subgroups) {
        List<String> skipped = new ArrayList<>();
        for (TimetableEntry e : entries(from)) {
            Subgroup subgroup = e.getSubgroup();
            if (subgroup != null && subgroups != null) {
                subgroup = subgroups.apply(subgroup);
                if (subgroup == null) {
                    skipped.add(Texts.text(
                            "timetable.copy.noSubgroup",
                            TimetableRules.slot(e.getDayOfWeek(), e.getLessonNo()),
                            e.getSubject().getName(),
                            e.getSubgroup().getName()));
                    continue;
                }
            }
            em.persist(new TimetableEntry(
                    to, e.getDayOfWeek(), e.getLessonNo(), e.getSubject(), subgroup, e.getTeacher(), e.getRoom()));
        }
        return skipped;
    }

    /**
     * A pupil's weekly timetable, in one statement: the whole-class entries and those of the pupil's own
     * subgroups, of the class's version in force at the end of the week that contains {@code day}.
     */
    public List<TimetableLine> ofStudent(Long studentId, Long classId, LocalDate day) {
        LocalDate weekEnd = day.with(java.time.DayOfWeek.SATURDAY);
        return em.createQuery("""
                        select e.dayOfWeek, e.lessonNo, s.name, g.name, tm.lastName, tm.firstName, tm.patronymic, e.room
                        from TimetableEntry e join e.timetable t join e.subject s join e.teacher tm left join e.subgroup g
                        where t.schoolClass.id = :classId and t.draft = false
                          and t.validFrom = (select max(t2.validFrom) from Timetable t2
                              where t2.schoolClass.id = :classId and t2.draft = false and t2.validFrom <= :day)
                          and (g is null or g.id in (select sg.id from Subgroup sg join sg.members m where m.id = :studentId))
                        order by e.dayOfWeek, e.lessonNo, s.name""", Object[].class)
                .setParameter("classId", classId)
                .setParameter("day", weekEnd)
                .setParameter("studentId", studentId)
                .getResultStream()
                .map(r -> new TimetableLine(
                        (Integer) r[0],
                        (Integer) r[1],
                        (String) r[2],
                        (String) r[3],
                        PersonName.initials((String) r[4], (String) r[5], (String) r[6]),
                        (String) r[7]))
                .toList();
    }
}
