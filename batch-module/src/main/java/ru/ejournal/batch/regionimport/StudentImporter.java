package ru.ejournal.batch.regionimport;

import static ru.ejournal.batch.regionimport.ImportValues.date;
import static ru.ejournal.batch.regionimport.ImportValues.optional;
import static ru.ejournal.batch.regionimport.ImportValues.optionalPersonName;
import static ru.ejournal.batch.regionimport.ImportValues.personName;
import static ru.ejournal.batch.regionimport.ImportValues.required;
import static ru.ejournal.batch.regionimport.ImportValues.title;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.ejournal.batch.common.Sql;

/**
 * Loads the people of a school's classes: students, parents and their links ({@code students.csv},
 * {@code parents.csv}, {@code student_parents.csv}), subgroups and their members.
 */
final class StudentImporter {

    private final ImportLookups lookups;
    private final ImportHistory history;

    StudentImporter(ImportLookups lookups, ImportHistory history) {
        this.lookups = lookups;
        this.history = history;
    }

    void student(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "student_code");
        long schoolClass = lookups.ref(c, school, "class", row, 2, "class_code");
        String last = personName(row, 3, "last_name");
        String first = personName(row, 4, "first_name");
        optionalPersonName(row, 5, "patronymic");
        LocalDate birth = row.get(6).isEmpty() ? null : date(row, 6, "birth_date");
        String gender = optional(row, 7);
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw new BadRowException("gender должен быть M или F");
        }
        if (lookups.code(c, school, "student", code) == null) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO student (id, school_id, code, school_class_id, last_name, first_name,"
                            + " patronymic, birth_date, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    schoolClass,
                    last,
                    first,
                    optional(row, 5),
                    Sql.date(birth),
                    gender));
            history.created(
                    row,
                    c,
                    out,
                    school,
                    "Student",
                    id,
                    ImportHistory.fields(
                            "code", code,
                            "schoolClass", schoolClass,
                            "lastName", last,
                            "firstName", first,
                            "patronymic", optional(row, 5),
                            "birthDate", birth,
                            "gender", gender,
                            "status", "STUDYING"));
            lookups.put("student", code, id);
        }
    }

    void parent(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "parent_code");
        String last = personName(row, 2, "last_name");
        String first = personName(row, 3, "first_name");
        optionalPersonName(row, 4, "patronymic");
        if (lookups.code(c, school, "parent", code) == null) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO parent (id, school_id, code, last_name, first_name, patronymic, phone,"
                            + " workplace) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    last,
                    first,
                    optional(row, 4),
                    optional(row, 5),
                    optional(row, 6)));
            history.created(
                    row,
                    c,
                    out,
                    school,
                    "Parent",
                    id,
                    ImportHistory.fields(
                            "code",
                            code,
                            "lastName",
                            last,
                            "firstName",
                            first,
                            "patronymic",
                            optional(row, 4),
                            "phone",
                            optional(row, 5),
                            "workplace",
                            optional(row, 6)));
            lookups.put("parent", code, id);
        }
    }

    void studentParent(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long student = lookups.ref(c, school, "student", row, 1, "student_code");
        long parent = lookups.ref(c, school, "parent", row, 2, "parent_code");
        String relation = required(row, 3, "relation");
        if (!Set.of("MOTHER", "FATHER", "GUARDIAN").contains(relation)) {
            throw new BadRowException("relation должен быть MOTHER, FATHER или GUARDIAN");
        }
        if (lookups.keys(c, school, "studentParent").add(student + ":" + parent)) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO student_parent (id, school_id, student_id, parent_id, relation)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    id,
                    school,
                    student,
                    parent,
                    relation));
            history.created(
                    row,
                    c,
                    out,
                    school,
                    "StudentParent",
                    id,
                    ImportHistory.fields("student", student, "parent", parent, "relation", relation));
        }
    }

    void subgroup(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = title(row, 1, "subgroup_code");
        long schoolClass = lookups.ref(c, school, "class", row, 2, "class_code");
        long subject = lookups.ref(c, school, "subject", row, 3, "subject_code");
        Long teacher = lookups.optionalRef(c, school, "staff", row, 4, "teacher_login");
        if (lookups.code(c, school, "subgroup", code) == null) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO subgroup (id, school_id, school_class_id, subject_id, code, name, teacher_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    schoolClass,
                    subject,
                    code,
                    code,
                    teacher));
            lookups.put("subgroup", code, id);
        }
    }

    void member(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long subgroup = lookups.ref(c, school, "subgroup", row, 1, "subgroup_code");
        long student = lookups.ref(c, school, "student", row, 2, "student_code");
        if (lookups.keys(c, school, "member").add(subgroup + ":" + student)) {
            out.add(new Stmt("INSERT INTO subgroup_member (subgroup_id, student_id) VALUES (?, ?)", subgroup, student));
        }
    }
}
