package ru.ejournal.batch.reconciliation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reconciliation rules (D8) on the lessons of one class in a date range. A student's lessons on
 * a day are the class lessons without a subgroup plus those of the student's subgroups; a student
 * "attended" a lesson when attendance was taken and there is no absence, or the absence is «ОП».
 * Pure computation: the processor loads the data, the writer stores the result.
 */
public final class ReconciliationRules {

    /** A lesson of the class in the range. */
    public record LessonData(long id, Long subgroupId, LocalDate date, int periodNo, boolean attendanceTaken) {}

    /** A stored absence: code by name (N, B, U, P, OP). */
    public record AbsenceData(long id, long lessonId, long studentId, String code) {}

    /** An excuse of a student: ILLNESS or OTHER. */
    public record ExcuseData(long studentId, LocalDate from, LocalDate to, String reason) {}

    /** A finding; student or lesson is {@code null} where the rule has none. */
    public record Finding(String kind, Long studentId, Long lessonId, LocalDate date) implements Serializable {
        public String key() {
            return kind + ":" + studentId + ":" + lessonId + ":" + date;
        }
    }

    /** «Н» turned into «Б» or «У» by an excuse. */
    public record Correction(long absenceId, long studentId, String newCode) implements Serializable {}

    /** What the rules found for one class. */
    public record Result(List<Finding> findings, List<Correction> corrections) implements Serializable {}

    /** A closed study period of the school: its absences are not corrected, whatever excuse covers them. */
    public record ClosedRange(LocalDate from, LocalDate to) implements Serializable {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private ReconciliationRules() {}

    /**
     * The findings and corrections of one class, with the school's closed periods: an excused «Н» inside a
     * closed period stays «Н» and is reported as {@code EXCUSE_IN_CLOSED_PERIOD} instead of being corrected
     * ({@code EXCUSE_APPLIED}).
     */
    public static Result apply(
            List<LessonData> lessons,
            List<Long> students,
            Map<Long, Set<Long>> subgroupMembers,
            List<AbsenceData> absences,
            Set<String> markedStudentDays,
            List<ExcuseData> excuses,
            List<ClosedRange> closed) {
        List<Finding> findings = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        Map<Long, LessonData> lessonById = new HashMap<>();
        lessons.stream().sorted(Comparator.comparingLong(LessonData::id)).forEach(l -> {
            lessonById.put(l.id(), l);
            if (!l.attendanceTaken()) {
                findings.add(new Finding("MISSING_ATTENDANCE", null, l.id(), l.date()));
            }
        });
        Map<Long, List<ExcuseData>> excusesOf = new HashMap<>();
        excuses.forEach(e ->
                excusesOf.computeIfAbsent(e.studentId(), k -> new ArrayList<>()).add(e));

        Map<String, String> effectiveCode = new HashMap<>();
        List<AbsenceData> sorted = new ArrayList<>(absences);
        sorted.sort(Comparator.comparingLong(AbsenceData::id));
        for (AbsenceData a : sorted) {
            LessonData lesson = lessonById.get(a.lessonId());
            if (lesson == null) {
                continue;
            }
            String code = a.code();
            if (code.equals("N")) {
                String reason = excuseReason(excusesOf.get(a.studentId()), lesson.date());
                if (reason != null && closed.stream().anyMatch(c -> c.covers(lesson.date()))) {
                    findings.add(new Finding("EXCUSE_IN_CLOSED_PERIOD", a.studentId(), a.lessonId(), lesson.date()));
                } else if (reason != null) {
                    code = reason.equals("ILLNESS") ? "B" : "U";
                    corrections.add(new Correction(a.id(), a.studentId(), code));
                    findings.add(new Finding("EXCUSE_APPLIED", a.studentId(), a.lessonId(), lesson.date()));
                } else {
                    findings.add(new Finding("UNEXPLAINED_ABSENCE", a.studentId(), a.lessonId(), lesson.date()));
                }
            }
            effectiveCode.put(a.lessonId() + ":" + a.studentId(), code);
        }

        Map<Long, Set<Long>> subgroupsOf = new HashMap<>();
        subgroupMembers.forEach((group, members) -> members.forEach(
                s -> subgroupsOf.computeIfAbsent(s, k -> new HashSet<>()).add(group)));
        TreeSet<LocalDate> days = new TreeSet<>();
        lessons.forEach(l -> days.add(l.date()));
        for (long student : students) {
            Set<Long> groups = subgroupsOf.getOrDefault(student, Set.of());
            List<LessonData> own = lessons.stream()
                    .filter(l -> l.subgroupId() == null || groups.contains(l.subgroupId()))
                    .toList();
            for (LocalDate day : days) {
                if (excuseReason(excusesOf.get(student), day) == null) {
                    continue;
                }
                boolean attended = own.stream()
                        .anyMatch(l -> l.date().equals(day) && attended(l, effectiveCode.get(l.id() + ":" + student)));
                if (attended || markedStudentDays.contains(student + ":" + day)) {
                    findings.add(new Finding("EXCUSE_CONFLICT", student, null, day));
                }
            }
            for (AbsenceData a : sorted) {
                if (a.studentId() != student || !lessonById.containsKey(a.lessonId())) {
                    continue;
                }
                String code = effectiveCode.get(a.lessonId() + ":" + student);
                if (!code.equals("N") && !code.equals("P")) {
                    continue;
                }
                LessonData missed = lessonById.get(a.lessonId());
                boolean before = false;
                boolean after = false;
                for (LessonData l : own) {
                    if (l.date().equals(missed.date()) && attended(l, effectiveCode.get(l.id() + ":" + student))) {
                        before |= l.periodNo() < missed.periodNo();
                        after |= l.periodNo() > missed.periodNo();
                    }
                }
                if (before && after) {
                    findings.add(new Finding("SUSPECTED_TRUANCY", student, a.lessonId(), missed.date()));
                }
            }
        }
        return new Result(findings, corrections);
    }

    private static boolean attended(LessonData lesson, String code) {
        return lesson.attendanceTaken() && (code == null || code.equals("OP"));
    }

    /** ILLNESS if an illness excuse covers the day, else OTHER if another one does, else {@code null}. */
    static String excuseReason(List<ExcuseData> excuses, LocalDate day) {
        String reason = null;
        if (excuses != null) {
            for (ExcuseData e : excuses) {
                if (!day.isBefore(e.from()) && !day.isAfter(e.to())) {
                    if (e.reason().equals("ILLNESS")) {
                        return "ILLNESS";
                    }
                    reason = e.reason();
                }
            }
        }
        return reason;
    }
}
