package ru.ejournal.batch.regionimport;

import java.util.List;
import java.util.Map;

/** The columns of each exchange file, as its header row must name them (docs/region.md). */
public final class ExchangeFormat {

    private static final Map<String, List<String>> HEADERS = Map.ofEntries(
            Map.entry("schools.csv", List.of("school_code", "name")),
            Map.entry("periods.csv", List.of("school_code", "period_code", "name", "start_date", "end_date")),
            Map.entry("staff.csv", List.of("school_code", "login", "last_name", "first_name", "patronymic", "roles")),
            Map.entry("classes.csv", List.of("school_code", "class_code", "grade", "class_teacher_login")),
            Map.entry("subjects.csv", List.of("school_code", "subject_code", "name", "grading")),
            Map.entry(
                    "students.csv",
                    List.of(
                            "school_code",
                            "student_code",
                            "class_code",
                            "last_name",
                            "first_name",
                            "patronymic",
                            "birth_date",
                            "gender")),
            Map.entry(
                    "parents.csv",
                    List.of(
                            "school_code",
                            "parent_code",
                            "last_name",
                            "first_name",
                            "patronymic",
                            "phone",
                            "workplace")),
            Map.entry("student_parents.csv", List.of("school_code", "student_code", "parent_code", "relation")),
            Map.entry(
                    "subgroups.csv",
                    List.of("school_code", "subgroup_code", "class_code", "subject_code", "teacher_login")),
            Map.entry("subgroup_members.csv", List.of("school_code", "subgroup_code", "student_code")),
            Map.entry(
                    "lessons.csv",
                    List.of(
                            "school_code",
                            "lesson_code",
                            "class_code",
                            "subgroup_code",
                            "subject_code",
                            "teacher_login",
                            "date",
                            "period_no",
                            "topic",
                            "attendance_taken")),
            Map.entry("absences.csv", List.of("school_code", "lesson_code", "student_code", "code")),
            Map.entry(
                    "marks.csv", List.of("school_code", "lesson_code", "student_code", "value", "work_type", "weight")),
            Map.entry(
                    "excuses.csv",
                    List.of("school_code", "student_code", "date_from", "date_to", "reason", "document")),
            Map.entry(
                    "period_grades.csv",
                    List.of("school_code", "student_code", "subject_code", "period_code", "value")));

    private ExchangeFormat() {}

    public static List<String> header(String file) {
        List<String> header = HEADERS.get(file);
        if (header == null) {
            throw new IllegalArgumentException("Unknown exchange file: " + file);
        }
        return header;
    }
}
