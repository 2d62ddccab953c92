package ru.ejournal.it.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The exports the jobs must produce, computed by the tests from the exchange files alone, written
 * from the rules of the issue without the jobs' code.
 */
final class Expected {

    private final RegionFiles files;

    Expected(RegionFiles files) {
        this.files = files;
    }

    /** Absence code after the excuses: «Н» on a day of an excuse becomes «Б» (illness) or «У». */
    private String corrected(String code, List<Map<String, String>> excusesOfStudent, String date) {
        if (!code.equals("Н")) {
            return code;
        }
        String reason = excuseReason(excusesOfStudent, date);
        return reason == null ? "Н" : reason.equals("ILLNESS") ? "Б" : "У";
    }

    private static String excuseReason(List<Map<String, String>> excuses, String date) {
        if (excuses == null) {
            return null;
        }
        Set<String> reasons = new HashSet<>();
        for (Map<String, String> e : excuses) {
            if (e.get("date_from").compareTo(date) <= 0 && e.get("date_to").compareTo(date) >= 0) {
                reasons.add(e.get("reason"));
            }
        }
        return reasons.contains("ILLNESS") ? "ILLNESS" : reasons.contains("OTHER") ? "OTHER" : null;
    }

    /** Lines of reconciliation-findings.csv (without the header) for a range covering all lessons. */
    List<String> findings() throws IOException {
        Map<String, Map<String, String>> lessons = byKey(files.rows("lessons.csv"), "lesson_code");
        Map<String, String> classOf = new HashMap<>();
        files.rows("students.csv").forEach(s -> classOf.put(s.get("student_code"), s.get("class_code")));
        Map<String, Set<String>> groupsOf = new HashMap<>();
        files.rows("subgroup_members.csv")
                .forEach(m -> groupsOf.computeIfAbsent(m.get("student_code"), k -> new HashSet<>())
                        .add(m.get("subgroup_code")));
        Map<String, List<Map<String, String>>> excuses =
                files.rows("excuses.csv").stream().collect(Collectors.groupingBy(e -> e.get("student_code")));
        Map<String, String> codeAt = new HashMap<>();
        List<Map<String, String>> absences = files.rows("absences.csv");
        for (Map<String, String> a : absences) {
            String date = lessons.get(a.get("lesson_code")).get("date");
            codeAt.put(
                    a.get("lesson_code") + "|" + a.get("student_code"),
                    corrected(a.get("code"), excuses.get(a.get("student_code")), date));
        }
        Set<String> markDays = new HashSet<>();
        files.rows("marks.csv")
                .forEach(m -> markDays.add(m.get("student_code") + "|"
                        + lessons.get(m.get("lesson_code")).get("date")));

        List<String> out = new ArrayList<>();
        for (Map<String, String> l : lessons.values()) {
            if (l.get("attendance_taken").equals("false")) {
                out.add(line(
                        l.get("school_code"),
                        l.get("class_code"),
                        "",
                        l.get("date"),
                        l.get("lesson_code"),
                        "MISSING_ATTENDANCE"));
            }
        }
        for (Map<String, String> a : absences) {
            Map<String, String> l = lessons.get(a.get("lesson_code"));
            String student = a.get("student_code");
            if (a.get("code").equals("Н")) {
                boolean excused = excuseReason(excuses.get(student), l.get("date")) != null;
                out.add(line(
                        a.get("school_code"),
                        l.get("class_code"),
                        student,
                        l.get("date"),
                        a.get("lesson_code"),
                        excused ? "EXCUSE_APPLIED" : "UNEXPLAINED_ABSENCE"));
            }
            String now = codeAt.get(a.get("lesson_code") + "|" + student);
            if (now.equals("Н") || now.equals("П")) {
                int period = Integer.parseInt(l.get("period_no"));
                boolean earlier = false;
                boolean later = false;
                for (Map<String, String> other : lessonsOf(student, l.get("date"), lessons, classOf, groupsOf)) {
                    if (attended(other, codeAt.get(other.get("lesson_code") + "|" + student))) {
                        int p = Integer.parseInt(other.get("period_no"));
                        earlier |= p < period;
                        later |= p > period;
                    }
                }
                if (earlier && later) {
                    out.add(line(
                            a.get("school_code"),
                            l.get("class_code"),
                            student,
                            l.get("date"),
                            a.get("lesson_code"),
                            "SUSPECTED_TRUANCY"));
                }
            }
        }
        Set<String> lessonDays = new HashSet<>();
        lessons.values().forEach(l -> lessonDays.add(l.get("class_code") + "|" + l.get("date")));
        for (Map<String, String> s : files.rows("students.csv")) {
            String student = s.get("student_code");
            List<Map<String, String>> own = excuses.get(student);
            if (own == null) {
                continue;
            }
            Set<String> days = new HashSet<>();
            for (Map<String, String> e : own) {
                for (LocalDate d = LocalDate.parse(e.get("date_from"));
                        !d.isAfter(LocalDate.parse(e.get("date_to")));
                        d = d.plusDays(1)) {
                    days.add(d.toString());
                }
            }
            for (String day : days) {
                if (!lessonDays.contains(s.get("class_code") + "|" + day)) {
                    continue;
                }
                boolean attended = lessonsOf(student, day, lessons, classOf, groupsOf).stream()
                        .anyMatch(l -> attended(l, codeAt.get(l.get("lesson_code") + "|" + student)));
                if (attended || markDays.contains(student + "|" + day)) {
                    out.add(line(s.get("school_code"), s.get("class_code"), student, day, "", "EXCUSE_CONFLICT"));
                }
            }
        }
        out.sort(Comparator.comparing((String x) -> List.of(x.split(",", -1)), Expected::compareFields));
        return out;
    }

    private static int compareFields(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static boolean attended(Map<String, String> lesson, String code) {
        return lesson.get("attendance_taken").equals("true") && (code == null || code.equals("ОП"));
    }

    private static List<Map<String, String>> lessonsOf(
            String student,
            String date,
            Map<String, Map<String, String>> lessons,
            Map<String, String> classOf,
            Map<String, Set<String>> groupsOf) {
        Set<String> groups = groupsOf.getOrDefault(student, Set.of());
        return lessons.values().stream()
                .filter(l -> l.get("date").equals(date)
                        && l.get("class_code").equals(classOf.get(student))
                        && (l.get("subgroup_code").isEmpty() || groups.contains(l.get("subgroup_code"))))
                .toList();
    }

    /** Lines of period-analytics.csv for period Q1 on the stored codes (excuses applied when asked). */
    List<String> analytics(boolean excusesApplied) throws IOException {
        Map<String, Map<String, String>> lessons = byKey(files.rows("lessons.csv"), "lesson_code");
        Map<String, String> classOf = new HashMap<>();
        files.rows("students.csv").forEach(s -> classOf.put(s.get("student_code"), s.get("class_code")));
        Map<String, String> grading = new HashMap<>();
        files.rows("subjects.csv").forEach(s -> grading.put(s.get("subject_code"), s.get("grading")));
        Map<String, List<Map<String, String>>> excuses =
                files.rows("excuses.csv").stream().collect(Collectors.groupingBy(e -> e.get("student_code")));
        String school = files.rows("schools.csv").get(0).get("school_code");
        // class|subject -> roster etc.
        TreeMap<String, Set<String>> subjectsOfClass = new TreeMap<>();
        lessons.values()
                .forEach(l -> subjectsOfClass
                        .computeIfAbsent(l.get("class_code"), k -> new HashSet<>())
                        .add(l.get("subject_code")));
        Map<String, String> grades = new HashMap<>();
        files.rows("period_grades.csv").forEach(g -> {
            grades.put(g.get("student_code") + "|" + g.get("subject_code"), g.get("value"));
            subjectsOfClass
                    .computeIfAbsent(classOf.get(g.get("student_code")), k -> new HashSet<>())
                    .add(g.get("subject_code"));
        });
        Map<String, BigDecimal[]> markSums = new HashMap<>();
        for (Map<String, String> m : files.rows("marks.csv")) {
            String subject = lessons.get(m.get("lesson_code")).get("subject_code");
            BigDecimal[] s = markSums.computeIfAbsent(m.get("student_code") + "|" + subject, k ->
                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal weight = new BigDecimal(m.get("weight"));
            s[0] = s[0].add(new BigDecimal(m.get("value")).multiply(weight));
            s[1] = s[1].add(weight);
            s[2] = s[2].add(BigDecimal.ONE);
        }
        Map<String, int[]> missed = new HashMap<>();
        for (Map<String, String> a : files.rows("absences.csv")) {
            Map<String, String> l = lessons.get(a.get("lesson_code"));
            String code = excusesApplied
                    ? corrected(a.get("code"), excuses.get(a.get("student_code")), l.get("date"))
                    : a.get("code");
            int[] c = missed.computeIfAbsent(
                    classOf.get(a.get("student_code")) + "|" + l.get("subject_code"), k -> new int[5]);
            switch (code) {
                case "Н" -> {
                    c[0]++;
                    c[3]++;
                }
                case "П" -> {
                    c[0]++;
                    c[3]++;
                }
                case "Б" -> {
                    c[0]++;
                    c[1]++;
                }
                case "У" -> {
                    c[0]++;
                    c[2]++;
                }
                default -> c[4]++;
            }
        }
        List<String> out = new ArrayList<>();
        for (String schoolClass : subjectsOfClass.keySet()) {
            List<String> roster = classOf.entrySet().stream()
                    .filter(e -> e.getValue().equals(schoolClass))
                    .map(Map.Entry::getKey)
                    .toList();
            for (String subject : subjectsOfClass.get(schoolClass)) {
                int success = 0;
                int quality = 0;
                int withMarks = 0;
                BigDecimal sumOfMeans = BigDecimal.ZERO;
                for (String student : roster) {
                    BigDecimal[] s = markSums.get(student + "|" + subject);
                    String result = grades.get(student + "|" + subject);
                    if (s != null) {
                        withMarks++;
                        BigDecimal mean = s[0].divide(s[1], 20, RoundingMode.HALF_EVEN);
                        sumOfMeans = sumOfMeans.add(mean);
                        if (result == null && s[2].intValue() >= MIN_MARKS) {
                            // The school's rule: the average to 2 decimals, rounded up from the threshold.
                            BigDecimal average = s[0].divide(s[1], 2, RoundingMode.HALF_UP);
                            BigDecimal whole = average.setScale(0, RoundingMode.FLOOR);
                            boolean up = average.subtract(whole).compareTo(ROUNDING_THRESHOLD) >= 0;
                            result = whole.add(up ? BigDecimal.ONE : BigDecimal.ZERO)
                                    .toPlainString();
                        }
                    }
                    if (result == null) {
                        result = "НА";
                    }
                    success += List.of("3", "4", "5", "ЗАЧ").contains(result) ? 1 : 0;
                    quality += List.of("4", "5").contains(result) ? 1 : 0;
                }
                int[] c = missed.getOrDefault(schoolClass + "|" + subject, new int[5]);
                String average = withMarks == 0
                        ? ""
                        : sumOfMeans
                                .divide(BigDecimal.valueOf(withMarks), 2, RoundingMode.HALF_UP)
                                .toPlainString();
                String successRate = BigDecimal.valueOf(success * 100L)
                        .divide(BigDecimal.valueOf(roster.size()), 1, RoundingMode.HALF_UP)
                        .toPlainString();
                String qualityRate = grading.get(subject).equals("PASS_FAIL")
                        ? ""
                        : BigDecimal.valueOf(quality * 100L)
                                .divide(BigDecimal.valueOf(roster.size()), 1, RoundingMode.HALF_UP)
                                .toPlainString();
                out.add(String.join(
                        ",",
                        school,
                        schoolClass,
                        subject,
                        "Q1",
                        Integer.toString(roster.size()),
                        average,
                        successRate,
                        qualityRate,
                        Integer.toString(c[0]),
                        Integer.toString(c[1]),
                        Integer.toString(c[2]),
                        Integer.toString(c[3]),
                        Integer.toString(c[4])));
            }
        }
        out.sort(Comparator.comparing((String x) -> List.of(x.split(",", -1)).subList(0, 3), Expected::compareFields));
        return out;
    }

    /** The rule of the proposed grade of an imported school: its default settings. */
    private static final BigDecimal ROUNDING_THRESHOLD = new BigDecimal("0.50");

    private static final int MIN_MARKS = 3;

    private static String line(String... fields) {
        return String.join(",", fields);
    }

    private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String key) {
        Map<String, Map<String, String>> map = new HashMap<>();
        rows.forEach(r -> map.put(r.get(key), r));
        return map;
    }
}
