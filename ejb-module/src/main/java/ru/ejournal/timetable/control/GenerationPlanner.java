package ru.ejournal.timetable.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import ru.ejournal.common.control.Texts;

/**
 * The rules of lesson generation, without a database, so that a unit test can call them.
 *
 * <p>What the timetable wants: for each class and each school day of the range that is not a holiday,
 * the entries of the version in force on that day (the latest version whose date is not after it). Each
 * wanted lesson has a stable code: class, subject, subgroup, the Monday of its week and its ordinal among
 * that week's lessons of the same subject and subgroup ({@code TT:7:12:0:2027-01-11:2} is the second
 * whole-class lesson of subject 12 in class 7 that week). Generating again finds the same codes, so it
 * is idempotent; a timetable change that puts the second maths lesson on another day or number makes the
 * same code stand elsewhere, which is a move.
 *
 * <p>What generation may do with a lesson that already has the code: nothing to a lesson of today or
 * earlier, or a cancelled one; a future lesson without marks, absences, topic or homework that still
 * stands where generation left it is moved (or removed when the timetable no longer has it); any other
 * future lesson that the timetable wants elsewhere is held for the administrator, unless they already
 * decided to keep it. Lessons the timetable wants and nobody has are created, on past days too (a school
 * that starts the journal in the third week gets the first two weeks' lessons). A day of a closed study
 * period is left as it is, like the past: nothing is created on it, moved into or out of it, or removed
 * ({@link ru.ejournal.school.control.ClosedPeriods}).
 */
public final class GenerationPlanner {

    private GenerationPlanner() {}

    /** An entry of a timetable version: day 1 = Monday … 6 = Saturday. */
    public record Entry(int dayOfWeek, int lessonNo, long subjectId, Long subgroupId, long teacherId) {}

    /** A version of a class's timetable in force from {@code validFrom}. */
    public record Version(long classId, LocalDate validFrom, List<Entry> entries) {}

    /** A lesson the timetable wants. */
    public record Wanted(
            String code, long classId, long subjectId, Long subgroupId, long teacherId, LocalDate date, int lessonNo) {}

    /** A generated lesson as it is stored, with the slot its last generation gave it. */
    public record Existing(
            long lessonId,
            String code,
            long classId,
            LocalDate date,
            int lessonNo,
            long teacherId,
            boolean cancelled,
            boolean hasMarks,
            boolean hasAbsences,
            boolean hasTopic,
            boolean hasHomework,
            LocalDate plannedDate,
            int plannedNo,
            long plannedTeacherId,
            boolean keptByDecision) {

        boolean hasData() {
            return hasMarks || hasAbsences || hasTopic || hasHomework;
        }

        boolean changedByHand() {
            return !date.equals(plannedDate) || lessonNo != plannedNo || teacherId != plannedTeacherId;
        }

        boolean standsAt(Wanted wanted) {
            return date.equals(wanted.date()) && lessonNo == wanted.lessonNo() && teacherId == wanted.teacherId();
        }

        boolean plannedAt(Wanted wanted) {
            return plannedDate.equals(wanted.date())
                    && plannedNo == wanted.lessonNo()
                    && plannedTeacherId == wanted.teacherId();
        }

        /** Why the lesson may not be changed silently, in the administrator's words (stored: Russian). */
        public String why() {
            List<String> reasons = new ArrayList<>();
            if (hasMarks) {
                reasons.add(Texts.text("timetable.held.marks"));
            }
            if (hasAbsences) {
                reasons.add(Texts.text("timetable.held.absences"));
            }
            if (hasTopic) {
                reasons.add(Texts.text("timetable.held.topic"));
            }
            if (hasHomework) {
                reasons.add(Texts.text("timetable.held.homework"));
            }
            if (changedByHand()) {
                reasons.add(Texts.text("timetable.held.byHand"));
            }
            return String.join(", ", reasons);
        }
    }

    /** A lesson to move to where the timetable wants it. */
    public record Move(Existing lesson, Wanted to) {}

    /** A lesson held for the administrator: the timetable wants it at {@code to}, or nowhere (null). */
    public record Hold(Existing lesson, Wanted to) {}

    /** What one generation does. */
    public record Plan(
            List<Wanted> create, List<Move> move, List<Existing> remove, List<Hold> hold, int kept, int unchanged) {}

    /** The lessons the versions want on the school days of {@code from..to} that are not holidays. */
    public static List<Wanted> wanted(List<Version> versions, LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        Map<Long, List<Version>> byClass = new LinkedHashMap<>();
        versions.stream()
                .sorted(Comparator.comparing(Version::classId).thenComparing(Version::validFrom))
                .forEach(v -> byClass.computeIfAbsent(v.classId(), k -> new ArrayList<>())
                        .add(v));
        List<Wanted> wanted = new ArrayList<>();
        for (List<Version> classVersions : byClass.values()) {
            Map<Version, Map<Entry, Integer>> ordinals = new HashMap<>();
            Set<String> codes = new HashSet<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(day)) {
                    continue;
                }
                Version version = inForce(classVersions, day);
                if (version == null) {
                    continue;
                }
                Map<Entry, Integer> ordinal = ordinals.computeIfAbsent(version, GenerationPlanner::ordinals);
                int dow = day.getDayOfWeek().getValue();
                LocalDate monday = day.with(DayOfWeek.MONDAY);
                for (Entry e : version.entries().stream()
                        .filter(e -> e.dayOfWeek() == dow)
                        .sorted(ORDER)
                        .toList()) {
                    int n = ordinal.get(e);
                    String code = code(version.classId(), e, monday, n);
                    while (!codes.add(code)) {
                        code = code(version.classId(), e, monday, ++n);
                    }
                    wanted.add(new Wanted(
                            code, version.classId(), e.subjectId(), e.subgroupId(), e.teacherId(), day, e.lessonNo()));
                }
            }
        }
        return wanted;
    }

    /**
     * Compares what the timetable wants with the generated lessons of the same range; {@code closedDays}
     * are the days of closed study periods.
     */
    public static Plan plan(List<Wanted> wanted, List<Existing> existing, LocalDate today, Set<LocalDate> closedDays) {
        Map<String, Existing> byCode = new HashMap<>();
        existing.forEach(e -> byCode.put(e.code(), e));
        List<Wanted> create = new ArrayList<>();
        List<Move> move = new ArrayList<>();
        List<Existing> remove = new ArrayList<>();
        List<Hold> hold = new ArrayList<>();
        int kept = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        // a day that no longer moves: the past (today too) or a closed period's
        Predicate<LocalDate> settled = day -> !day.isAfter(today) || closedDays.contains(day);
        for (Wanted w : wanted) {
            seen.add(w.code());
            Existing e = byCode.get(w.code());
            if (e == null) {
                if (closedDays.contains(w.date())) {
                    unchanged++;
                } else {
                    create.add(w);
                }
            } else if (e.standsAt(w) || settled.test(e.date()) || settled.test(w.date()) || e.cancelled()) {
                unchanged++;
            } else if (e.changedByHand() && e.plannedAt(w)) {
                unchanged++;
            } else if (e.keptByDecision()) {
                kept++;
            } else if (e.hasData() || e.changedByHand()) {
                hold.add(new Hold(e, w));
            } else {
                move.add(new Move(e, w));
            }
        }
        for (Existing e : existing) {
            if (seen.contains(e.code())) {
                continue;
            }
            if (settled.test(e.date()) || e.cancelled()) {
                unchanged++;
            } else if (e.keptByDecision()) {
                kept++;
            } else if (e.hasData() || e.changedByHand()) {
                hold.add(new Hold(e, null));
            } else {
                remove.add(e);
            }
        }
        return new Plan(create, move, remove, hold, kept, unchanged);
    }

    /** The lesson code prefix of every generated lesson. */
    public static final String PREFIX = "TT:";

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::dayOfWeek)
            .thenComparingInt(Entry::lessonNo)
            .thenComparing(e -> e.subgroupId() == null ? 0L : e.subgroupId());

    private static String code(long classId, Entry e, LocalDate monday, int n) {
        return PREFIX + classId + ":" + e.subjectId() + ":" + (e.subgroupId() == null ? 0 : e.subgroupId()) + ":"
                + monday + ":" + n;
    }

    private static Version inForce(List<Version> sorted, LocalDate day) {
        Version found = null;
        for (Version v : sorted) {
            if (!v.validFrom().isAfter(day)) {
                found = v;
            }
        }
        return found;
    }

    /** Each entry's ordinal in its week among the entries of the same subject and subgroup, from 1. */
    private static Map<Entry, Integer> ordinals(Version version) {
        Map<Entry, Integer> ordinal = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        version.entries().stream().sorted(ORDER).forEach(e -> {
            String key = e.subjectId() + ":" + Objects.requireNonNullElse(e.subgroupId(), 0L);
            ordinal.put(e, counters.merge(key, 1, Integer::sum));
        });
        return ordinal;
    }
}
