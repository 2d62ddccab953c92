package ru.ejournal.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.monitoring.boundary.ViolationFilter;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;

/**
 * Reads violations as {@link ViolationRow}s: one query for the page, then one query for the
 * teaching assignments and one for the periods of all rows of that page (for the grid links).
 */
@Dependent
public class ViolationQueries {

    private static final String SELECT = """
            select v.id, v.rule, v.severity, t.id, t.lastName, t.firstName, t.patronymic,
                   c.id, c.code, g.name, su.id, su.name, l.id, l.lessonDate, l.periodNo,
                   s.id, s.lastName, s.firstName, s.patronymic, p.id, p.name, v.arisenAt, v.closedAt, g.id
            from Violation v left join v.teacher t left join v.schoolClass c left join v.subgroup g
                 left join v.subject su left join v.lesson l left join v.student s left join v.studyPeriod p
            """;

    @PersistenceContext
    EntityManager em;

    public List<ViolationRow> find(Long schoolId, ViolationFilter filter, int first, int max) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(schoolId, filter, params);
        TypedQuery<Object[]> query = em.createQuery(
                SELECT + where + " order by v.arisenAt desc, l.lessonDate desc, t.lastName, c.code, v.id desc",
                Object[].class);
        params.forEach(query::setParameter);
        return withLinks(
                schoolId, query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long count(Long schoolId, ViolationFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(schoolId, filter, params);
        TypedQuery<Long> query = em.createQuery("select count(v) from Violation v " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Open violations (not warnings) of a school that nobody has been told about yet, by teacher. */
    public List<ViolationRow> unnotified(Long schoolId) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + """
                where v.school.id = :schoolId and v.closedAt is null and v.notifiedAt is null
                  and v.severity = :severity
                order by t.lastName, t.firstName, t.id, c.code, su.name, l.lessonDate, s.lastName, v.id""", Object[].class);
        return withLinks(
                schoolId,
                query.setParameter("schoolId", schoolId)
                        .setParameter("severity", Severity.VIOLATION)
                        .getResultList());
    }

    private static String where(Long schoolId, ViolationFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where v.school.id = :schoolId");
        params.put("schoolId", schoolId);
        if (f.teacherId() != null) {
            where.append(" and v.teacher.id = :teacherId");
            params.put("teacherId", f.teacherId());
        }
        if (f.classId() != null) {
            where.append(" and v.schoolClass.id = :classId");
            params.put("classId", f.classId());
        }
        if (f.subjectId() != null) {
            where.append(" and v.subject.id = :subjectId");
            params.put("subjectId", f.subjectId());
        }
        if (f.rule() != null) {
            where.append(" and v.rule = :rule");
            params.put("rule", f.rule());
        }
        if (f.severity() != null) {
            where.append(" and v.severity = :severity");
            params.put("severity", f.severity());
        }
        ViolationFilter.Status status = f.status() == null ? ViolationFilter.Status.OPEN : f.status();
        if (status == ViolationFilter.Status.OPEN) {
            where.append(" and v.closedAt is null");
        } else if (status == ViolationFilter.Status.CLOSED) {
            where.append(" and v.closedAt is not null");
        }
        return where.toString();
    }

    private List<ViolationRow> withLinks(Long schoolId, List<Object[]> tuples) {
        if (tuples.isEmpty()) {
            return List.of();
        }
        Set<Long> classIds =
                tuples.stream().map(t -> (Long) t[7]).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Long> assignments = new HashMap<>();
        if (!classIds.isEmpty()) {
            em.createQuery("""
                            select a.id, a.teacher.id, a.schoolClass.id, a.subject.id, g.id
                            from TeachingAssignment a left join a.subgroup g
                            where a.schoolClass.id in :classIds""", Object[].class)
                    .setParameter("classIds", classIds)
                    .getResultList()
                    .forEach(a -> assignments.putIfAbsent(key(a[1], a[2], a[3], a[4]), (Long) a[0]));
        }
        List<StudyPeriod> periods = em.createQuery("""
                        select p from StudyPeriod p
                        where p.school.id = :schoolId and p.academicYear.current = true and p.kind <> :year
                        order by p.startDate""", StudyPeriod.class)
                .setParameter("schoolId", schoolId)
                .setParameter("year", StudyPeriodKind.YEAR)
                .getResultList();
        List<ViolationRow> rows = new ArrayList<>(tuples.size());
        for (Object[] t : tuples) {
            LocalDate lessonDate = (LocalDate) t[13];
            Long periodId = (Long) t[19];
            Long gradebookPeriod = periodId != null
                    ? periodId
                    : lessonDate == null
                            ? null
                            : periods.stream()
                                    .filter(p -> p.contains(lessonDate))
                                    .min(Comparator.comparing(
                                            p -> p.getEndDate().toEpochDay()
                                                    - p.getStartDate().toEpochDay()))
                                    .map(StudyPeriod::getId)
                                    .orElse(null);
            rows.add(new ViolationRow(
                    (Long) t[0],
                    (ViolationRule) t[1],
                    (Severity) t[2],
                    (Long) t[3],
                    t[4] == null ? null : PersonName.initials((String) t[4], (String) t[5], (String) t[6]),
                    (Long) t[7],
                    (String) t[8],
                    (String) t[9],
                    (Long) t[10],
                    (String) t[11],
                    (Long) t[12],
                    lessonDate,
                    (Integer) t[14],
                    (Long) t[15],
                    t[16] == null ? null : PersonName.full((String) t[16], (String) t[17], (String) t[18]),
                    periodId,
                    (String) t[20],
                    instant(t[21]),
                    instant(t[22]),
                    assignments.get(key(t[3], t[7], t[10], t[23])),
                    gradebookPeriod));
        }
        return rows;
    }

    private static String key(Object teacher, Object schoolClass, Object subject, Object subgroup) {
        return teacher + "/" + schoolClass + "/" + subject + "/" + subgroup;
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
