package ru.ejournal.it.monitoring;

import java.time.LocalDate;

/**
 * A school made for one monitoring test, dated around today: a past quarter (ended 40 days ago),
 * a holiday gap of ten days, the current quarter (75 % passed today), a holiday in it; class A
 * (two students, maths by the subject teacher) and class B (one student, maths by its class teacher).
 */
public record MonitoringSchool(
        long schoolId,
        long otherSchoolId,
        LocalDate today,
        long pastPeriod,
        long currentPeriod,
        LocalDate holiday,
        long classA,
        long classB,
        long studentA1,
        long studentA2,
        long studentB,
        long math,
        long oral,
        long control,
        long mathTeacher,
        long classTeacherBStaff,
        String deputy,
        String admin,
        String classTeacherA,
        String classTeacherB,
        String subjectTeacher,
        String parent,
        String otherSchoolDeputy) {}
