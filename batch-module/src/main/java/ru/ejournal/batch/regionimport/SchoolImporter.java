package ru.ejournal.batch.regionimport;

import static ru.ejournal.batch.regionimport.ImportValues.date;
import static ru.ejournal.batch.regionimport.ImportValues.integer;
import static ru.ejournal.batch.regionimport.ImportValues.optional;
import static ru.ejournal.batch.regionimport.ImportValues.optionalPersonName;
import static ru.ejournal.batch.regionimport.ImportValues.personName;
import static ru.ejournal.batch.regionimport.ImportValues.required;
import static ru.ejournal.batch.regionimport.ImportValues.title;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.security.entity.Role;

/**
 * Loads a school's frame: the school ({@code schools.csv}), its academic years and study periods
 * ({@code periods.csv}), staff with their accounts ({@code staff.csv}), classes, subjects and subgroups.
 */
final class SchoolImporter {

    private final ImportLookups lookups;
    private final ImportHistory history;
    private final String unusablePasswordHash;

    SchoolImporter(ImportLookups lookups, ImportHistory history, String unusablePasswordHash) {
        this.lookups = lookups;
        this.history = history;
        this.unusablePasswordHash = unusablePasswordHash;
    }

    void school(ImportRow row, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 0, "school_code");
        String name = required(row, 1, "name");
        Map<String, Long> all = lookups.schools(c);
        if (!all.containsKey(code)) {
            long id = lookups.nextId(c);
            out.add(new Stmt("INSERT INTO school (id, code, name) VALUES (?, ?, ?)", id, code, name));
            all.put(code, id);
        }
    }

    void period(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "period_code");
        String name = required(row, 2, "name");
        LocalDate start = date(row, 3, "start_date");
        LocalDate end = date(row, 4, "end_date");
        if (end.isBefore(start)) {
            throw new BadRowException("batch.import.before", "end_date", "start_date");
        }
        if (lookups.code(c, school, "period", code) != null) {
            return;
        }
        int startYear = start.getMonthValue() >= 8 ? start.getYear() : start.getYear() - 1;
        String yearName = startYear + "/" + (startYear + 1);
        Long year = lookups.code(c, school, "year", yearName);
        if (year == null) {
            year = lookups.nextId(c);
            LocalDate today = LocalDate.now();
            LocalDate yearStart = LocalDate.of(startYear, 9, 1);
            LocalDate yearEnd = LocalDate.of(startYear + 1, 8, 31);
            out.add(new Stmt(
                    "INSERT INTO academic_year (id, school_id, name, start_date, end_date, is_current)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    year,
                    school,
                    yearName,
                    Sql.date(yearStart),
                    Sql.date(yearEnd),
                    !today.isBefore(yearStart) && !today.isAfter(yearEnd)));
            lookups.put("year", yearName, year);
            lookups.forgetLatestYear();
        }
        long id = lookups.nextId(c);
        out.add(new Stmt(
                "INSERT INTO study_period (id, school_id, academic_year_id, code, name, start_date, end_date,"
                        + " kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                school,
                year,
                code,
                name,
                Sql.date(start),
                Sql.date(end),
                periodKind(name, start, end)));
        lookups.put("period", code, id);
    }

    private static String periodKind(String name, LocalDate start, LocalDate end) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("тример")) {
            return "TRIMESTER";
        }
        if (n.contains("полугод")) {
            return "HALF_YEAR";
        }
        if (n.contains("год") || end.toEpochDay() - start.toEpochDay() > 200) {
            return "YEAR";
        }
        return "QUARTER";
    }

    void staff(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String login = required(row, 1, "login");
        String last = personName(row, 2, "last_name");
        String first = personName(row, 3, "first_name");
        optionalPersonName(row, 4, "patronymic");
        List<String> roles = new ArrayList<>();
        for (String r : required(row, 5, "roles").split("\\s+")) {
            try {
                roles.add(Role.valueOf(r).name());
            } catch (IllegalArgumentException e) {
                throw new BadRowException("batch.import.unknownRole", r);
            }
        }
        Map<String, Long> logins = lookups.loginSchools(c);
        Long owner = logins.get(login);
        if (owner != null) {
            if (owner != school) {
                throw new BadRowException("batch.import.loginTaken", login);
            }
            return;
        }
        long staffId = lookups.nextId(c);
        long accountId = lookups.nextId(c);
        out.add(new Stmt(
                "INSERT INTO staff_member (id, school_id, last_name, first_name, patronymic) VALUES (?, ?, ?, ?, ?)",
                staffId,
                school,
                last,
                first,
                optional(row, 4)));
        out.add(new Stmt(
                "INSERT INTO user_account (id, school_id, login, password_hash, staff_member_id, enabled,"
                        + " must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                accountId,
                school,
                login,
                unusablePasswordHash,
                staffId,
                false,
                true,
                Sql.nowUtc()));
        for (String role : roles) {
            out.add(new Stmt("INSERT INTO user_role (account_id, role) VALUES (?, ?)", accountId, role));
        }
        history.created(
                row,
                c,
                out,
                school,
                "StaffMember",
                staffId,
                ImportHistory.fields("lastName", last, "firstName", first, "patronymic", optional(row, 4)));
        logins.put(login, school);
        lookups.codes(c, school, "staff").put(login, staffId);
    }

    void schoolClass(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = title(row, 1, "class_code");
        int grade = integer(row, 2, "grade");
        if (grade < 1 || grade > 11) {
            throw new BadRowException("batch.import.grade");
        }
        Long teacher = lookups.optionalRef(c, school, "staff", row, 3, "class_teacher_login");
        if (lookups.code(c, school, "class", code) != null) {
            return;
        }
        Long year = lookups.latestYear(c, school);
        if (year == null) {
            throw new BadRowException("batch.import.noYear");
        }
        String letter = code.replaceFirst("^\\d+", "");
        long id = lookups.nextId(c);
        out.add(new Stmt(
                "INSERT INTO school_class (id, school_id, academic_year_id, code, grade, letter, class_teacher_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                school,
                year,
                code,
                grade,
                letter.isEmpty() ? null : letter,
                teacher));
        lookups.put("class", code, id);
    }

    void subject(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "subject_code");
        String name = title(row, 2, "name");
        String grading = required(row, 3, "grading");
        if (!grading.equals("MARKS") && !grading.equals("PASS_FAIL")) {
            throw new BadRowException("batch.import.grading");
        }
        if (lookups.code(c, school, "subject", code) == null) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO subject (id, school_id, code, name, grading) VALUES (?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    name,
                    grading));
            lookups.put("subject", code, id);
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
}
