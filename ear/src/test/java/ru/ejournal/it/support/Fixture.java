package ru.ejournal.it.support;

import java.util.Set;

/**
 * A small school made for one test, so that tests never depend on each other or on the demo data:
 * two classes (A with its class teacher, B with another), a subject teacher of class A, a student
 * in each class, a parent of the student in A, a student account, and a second school.
 */
public record Fixture(
        long schoolId,
        long otherSchoolId,
        long classA,
        long classB,
        long studentA,
        long studentB,
        long otherSchoolStudent,
        long lessonA,
        long lessonB,
        String admin,
        String deputy,
        String classTeacherA,
        String classTeacherB,
        String subjectTeacherA,
        String parentA,
        String studentALogin,
        String otherSchoolAdmin,
        String otherSchoolDeputy) {

    public static final String PASSWORD = "Secret-2026";

    public static final Set<String> ADMIN = Set.of("ADMIN");
    public static final Set<String> DEPUTY = Set.of("DEPUTY_DIRECTOR");
    public static final Set<String> CLASS_TEACHER = Set.of("CLASS_TEACHER", "SUBJECT_TEACHER");
    public static final Set<String> SUBJECT_TEACHER = Set.of("SUBJECT_TEACHER");
    public static final Set<String> PARENT = Set.of("PARENT");
    public static final Set<String> STUDENT = Set.of("STUDENT");
}
