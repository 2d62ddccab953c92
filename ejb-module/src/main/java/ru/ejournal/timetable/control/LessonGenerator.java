package ru.ejournal.timetable.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.timetable.control.GenerationPlanner.Existing;
import ru.ejournal.timetable.control.GenerationPlanner.Hold;
import ru.ejournal.timetable.control.GenerationPlanner.Move;
import ru.ejournal.timetable.control.GenerationPlanner.Plan;
import ru.ejournal.timetable.control.GenerationPlanner.Version;
import ru.ejournal.timetable.control.GenerationPlanner.Wanted;
import ru.ejournal.timetable.entity.GeneratedLesson;
import ru.ejournal.timetable.entity.GenerationItem;
import ru.ejournal.timetable.entity.LessonGeneration;

/**
 * Runs one lesson generation for a school (or one class) and a date range of one academic year, with a
 * bounded number of statements whatever the size of the school: one query each for the timetable
 * versions, their entries, the holidays, the generated lessons of the range, the lessons among them with
 * marks and with absences, the earlier "keep" decisions and the referenced classes, subjects, subgroups
 * and teachers; then batched inserts and updates (JDBC batch writing) and one bulk delete per thousand
 * removed lessons. The rules are {@link GenerationPlanner}'s.
 */
@Dependent
public class LessonGenerator {

    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    /** Generates the lessons of {@code from..to}; {@code closedDays} (days of closed periods) stay as they are. */
    public LessonGeneration generate(
            School school,
            AcademicYear year,
            SchoolClass only,
            LocalDate from,
            LocalDate to,
            Set<LocalDate> closedDays,
            String login) {
        LocalDate today = LocalDate.now();
        Long classId = only == null ? null : only.getId();

        Map<String, List<GenerationPlanner.Entry>> entries = new HashMap<>();
        scoped("""
                select t.id, e.dayOfWeek, e.lessonNo, e.subject.id, g.id, e.teacher.id
                from TimetableEntry e join e.timetable t left join e.subgroup g
                where t.school = :school and t.draft = false and t.schoolClass.academicYear = :year %s""", "t.schoolClass.id", classId, Object[].class)
                .setParameter("school", school)
                .setParameter("year", year)
                .getResultStream()
                .forEach(r -> entries.computeIfAbsent(String.valueOf(r[0]), k -> new ArrayList<>())
                        .add(new GenerationPlanner.Entry(
                                (Integer) r[1], (Integer) r[2], (Long) r[3], (Long) r[4], (Long) r[5])));
        List<Version> versions = new ArrayList<>();
        scoped("""
                select t.id, t.schoolClass.id, t.validFrom from Timetable t
                where t.school = :school and t.draft = false and t.schoolClass.academicYear = :year %s""", "t.schoolClass.id", classId, Object[].class)
                .setParameter("school", school)
                .setParameter("year", year)
                .getResultStream()
                .forEach(r -> versions.add(new Version(
                        (Long) r[1], (LocalDate) r[2], entries.getOrDefault(String.valueOf(r[0]), List.of()))));
        Set<LocalDate> holidays = new HashSet<>(em.createQuery(
                        "select h.date from SchoolHoliday h where h.school = :school and h.date between :from and :to",
                        LocalDate.class)
                .setParameter("school", school)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
        List<Wanted> wanted = GenerationPlanner.wanted(versions, from, to, holidays);

        Set<Long> withMarks = new HashSet<>(lessonIds(
                "select distinct m.lesson.id from Mark m, GeneratedLesson g where m.lesson.id = g.lessonId",
                "m.lesson.schoolClass.id",
                school,
                from,
                to,
                classId));
        Set<Long> withAbsences = new HashSet<>(lessonIds(
                "select distinct a.lesson.id from Absence a, GeneratedLesson g where a.lesson.id = g.lessonId",
                "a.lesson.schoolClass.id",
                school,
                from,
                to,
                classId));
        Set<Long> keptIds = new HashSet<>(em.createQuery(
                        "select i.lessonId from GenerationItem i where i.school = :school and i.decision = :keep",
                        Long.class)
                .setParameter("school", school)
                .setParameter("keep", GenerationItem.Decision.KEEP)
                .getResultList());
        List<Existing> existing = new ArrayList<>();
        scoped("""
                select l.id, l.code, l.schoolClass.id, l.lessonDate, l.periodNo, l.teacher.id, l.cancelled,
                       l.topic, l.homework, g.plannedDate, g.plannedNo, g.plannedTeacherId
                from GeneratedLesson g, Lesson l
                where l.id = g.lessonId and g.school = :school and g.plannedDate between :from and :to %s""", "l.schoolClass.id", classId, Object[].class)
                .setParameter("school", school)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(r -> {
                    Long id = (Long) r[0];
                    existing.add(new Existing(
                            id,
                            (String) r[1],
                            (Long) r[2],
                            (LocalDate) r[3],
                            (Integer) r[4],
                            (Long) r[5],
                            Boolean.TRUE.equals(r[6]),
                            withMarks.contains(id),
                            withAbsences.contains(id),
                            r[7] != null && !((String) r[7]).isBlank(),
                            r[8] != null && !((String) r[8]).isBlank(),
                            (LocalDate) r[9],
                            (Integer) r[10],
                            (Long) r[11],
                            keptIds.contains(id)));
                });

        Plan plan = GenerationPlanner.plan(wanted, existing, today, closedDays);

        LessonGeneration run = new LessonGeneration(school, classId, from, to, login, Instant.now());
        run.counts(
                plan.create().size(),
                plan.move().size(),
                plan.remove().size(),
                plan.hold().size(),
                plan.kept(),
                plan.unchanged());
        em.persist(run);
        create(school, run, plan.create());
        move(school, run, plan.move());
        hold(school, run, plan.hold());
        remove(school, run, plan.remove());
        return run;
    }

    private void create(School school, LessonGeneration run, List<Wanted> create) {
        if (create.isEmpty()) {
            return;
        }
        Map<Long, SchoolClass> classes = load(SchoolClass.class, create.stream().map(Wanted::classId));
        Map<Long, Subject> subjects = load(Subject.class, create.stream().map(Wanted::subjectId));
        Map<Long, StaffMember> teachers =
                load(StaffMember.class, create.stream().map(Wanted::teacherId));
        Map<Long, Subgroup> subgroups =
                load(Subgroup.class, create.stream().map(Wanted::subgroupId).filter(java.util.Objects::nonNull));
        for (Wanted w : create) {
            Lesson lesson = new Lesson(
                    classes.get(w.classId()),
                    w.subgroupId() == null ? null : subgroups.get(w.subgroupId()),
                    subjects.get(w.subjectId()),
                    teachers.get(w.teacherId()),
                    w.date(),
                    w.lessonNo());
            lesson.setCode(w.code());
            em.persist(lesson);
            em.persist(new GeneratedLesson(school, lesson.getId(), run.getId(), w.date(), w.lessonNo(), w.teacherId()));
        }
    }

    private void move(School school, LessonGeneration run, List<Move> moves) {
        if (moves.isEmpty()) {
            return;
        }
        List<Long> ids = moves.stream().map(m -> m.lesson().lessonId()).toList();
        Map<Long, String> described = describe(ids);
        Map<Long, Lesson> lessons = new HashMap<>();
        Map<Long, GeneratedLesson> planned = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select l from Lesson l where l.id in :ids", Lesson.class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(l -> lessons.put(l.getId(), l));
            em.createQuery("select g from GeneratedLesson g where g.lessonId in :ids", GeneratedLesson.class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(g -> planned.put(g.getLessonId(), g));
        }
        Map<Long, StaffMember> teachers = load(StaffMember.class, moves.stream().map(m -> m.to().teacherId()));
        for (Move m : moves) {
            Lesson lesson = lessons.get(m.lesson().lessonId());
            em.persist(new GenerationItem(
                    school,
                    run.getId(),
                    lesson.getId(),
                    GenerationItem.Action.MOVED,
                    m.lesson().classId(),
                    lesson.getLessonDate(),
                    lesson.getPeriodNo(),
                    described.get(lesson.getId()),
                    Texts.text("timetable.generation.moved", where(m.to()))));
            lesson.setLessonDate(m.to().date());
            lesson.setPeriodNo(m.to().lessonNo());
            lesson.setTeacher(teachers.get(m.to().teacherId()));
            planned.get(lesson.getId()).replan(run.getId(), m.to().date(), m.to().lessonNo(), m.to().teacherId());
        }
    }

    private void hold(School school, LessonGeneration run, List<Hold> holds) {
        if (holds.isEmpty()) {
            return;
        }
        List<Long> ids = holds.stream().map(h -> h.lesson().lessonId()).toList();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("update GenerationItem i set i.decision = :superseded"
                            + " where i.lessonId in :ids and i.action = :held and i.decision is null")
                    .setParameter("superseded", GenerationItem.Decision.SUPERSEDED)
                    .setParameter("held", GenerationItem.Action.HELD)
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
        Map<Long, String> described = describe(ids);
        for (Hold h : holds) {
            Existing e = h.lesson();
            String proposal = h.to() == null
                    ? Texts.text("timetable.generation.holdRemove", e.why())
                    : Texts.text("timetable.generation.holdMove", where(h.to()), e.why());
            em.persist(new GenerationItem(
                    school,
                    run.getId(),
                    e.lessonId(),
                    GenerationItem.Action.HELD,
                    e.classId(),
                    e.date(),
                    e.lessonNo(),
                    described.get(e.lessonId()),
                    proposal));
        }
    }

    private void remove(School school, LessonGeneration run, List<Existing> remove) {
        if (remove.isEmpty()) {
            return;
        }
        List<Long> ids = remove.stream().map(Existing::lessonId).toList();
        Map<Long, String> described = describe(ids);
        for (Existing e : remove) {
            em.persist(new GenerationItem(
                    school,
                    run.getId(),
                    e.lessonId(),
                    GenerationItem.Action.REMOVED,
                    e.classId(),
                    e.date(),
                    e.lessonNo(),
                    described.get(e.lessonId()),
                    Texts.text("timetable.generation.removed")));
        }
        em.flush();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("delete from GeneratedLesson g where g.lessonId in :ids")
                    .setParameter("ids", chunk)
                    .executeUpdate();
            em.createQuery("delete from Lesson l where l.id in :ids")
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    /** «7Б, Математика (1 подгруппа), Смирнов А. Н.» for each lesson. */
    public Map<Long, String> describe(Collection<Long> ids) {
        Map<Long, String> described = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            em.createQuery("""
                    select l.id, c.code, s.name, g.name, t.lastName, t.firstName, t.patronymic
                    from Lesson l join l.schoolClass c join l.subject s join l.teacher t left join l.subgroup g
                    where l.id in :ids""", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(r -> described.put(
                            (Long) r[0],
                            r[1] + ", " + r[2] + (r[3] == null ? "" : " (" + r[3] + ")") + ", "
                                    + PersonName.initials((String) r[4], (String) r[5], (String) r[6])));
        }
        return described;
    }

    private static String where(Wanted w) {
        return Texts.text("timetable.slot", TimetableRules.date(w.date()), w.lessonNo());
    }

    private <T> TypedQuery<T> scoped(String jpql, String classPath, Long classId, Class<T> type) {
        TypedQuery<T> query =
                em.createQuery(jpql.formatted(classId == null ? "" : "and " + classPath + " = :classId"), type);
        if (classId != null) {
            query.setParameter("classId", classId);
        }
        return query;
    }

    private List<Long> lessonIds(
            String select, String classPath, School school, LocalDate from, LocalDate to, Long classId) {
        return scoped(
                        select + " and g.school = :school and g.plannedDate between :from and :to %s",
                        classPath,
                        classId,
                        Long.class)
                .setParameter("school", school)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private <T> Map<Long, T> load(Class<T> type, java.util.stream.Stream<Long> ids) {
        List<Long> distinct = ids.distinct().toList();
        Map<Long, T> loaded = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(distinct)) {
            em.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(x -> loaded.put(((ru.ejournal.common.entity.BaseEntity) x).getId(), x));
        }
        return loaded;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
