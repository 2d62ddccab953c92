package ru.ejournal.school.control;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.Subject;

/** The history fields of the setup records, as {@code Audited.auditSnapshot()} would give them. */
public final class SetupSnapshots {

    private SetupSnapshots() {}

    public static Map<String, String> of(AcademicYear year) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", year.getName());
        fields.put("startDate", Audited.text(year.getStartDate()));
        fields.put("endDate", Audited.text(year.getEndDate()));
        fields.put("current", Boolean.toString(year.isCurrent()));
        return fields;
    }

    public static Map<String, String> of(StudyPeriod period) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", period.getCode());
        fields.put("name", period.getName());
        fields.put("kind", Audited.text(period.getKind()));
        fields.put("startDate", Audited.text(period.getStartDate()));
        fields.put("endDate", Audited.text(period.getEndDate()));
        return fields;
    }

    public static Map<String, String> of(SchoolClass schoolClass) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", schoolClass.getCode());
        fields.put("grade", Integer.toString(schoolClass.getGrade()));
        fields.put("letter", schoolClass.getLetter());
        fields.put("classTeacher", Audited.text(schoolClass.getClassTeacher()));
        fields.put("academicYear", Audited.text(schoolClass.getAcademicYear()));
        return fields;
    }

    public static Map<String, String> of(Subject subject) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", subject.getCode());
        fields.put("name", subject.getName());
        fields.put("grading", Audited.text(subject.getGrading()));
        return fields;
    }

    public static Map<String, String> of(WorkType type) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", type.getCode());
        fields.put("name", type.getName());
        fields.put("weight", Integer.toString(type.getWeight()));
        fields.put("marksRequired", Boolean.toString(type.isMarksRequired()));
        return fields;
    }
}
