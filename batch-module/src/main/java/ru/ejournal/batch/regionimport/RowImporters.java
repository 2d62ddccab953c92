package ru.ejournal.batch.regionimport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one row of an exchange file into the inserts that load it, or into nothing when the
 * record is already in the database (re-running the same files adds no duplicates), or refuses it
 * with a {@link BadRowException} naming the reason. Each kind of file has its importer (the school's
 * frame, its students and parents, the journal); they resolve codes through one
 * {@link ImportLookups}, the cache of the current school's codes, and write the change history of what
 * they create through {@link ImportHistory}.
 */
public class RowImporters {

    static final String IMPORTED_BY = "import";

    private final ImportLookups lookups = new ImportLookups();
    private final ImportHistory history;
    private final SchoolImporter school;
    private final StudentImporter students;
    private final JournalImporter journal;

    /**
     * @param unusablePasswordHash the password hash of a new staff account (until its first password is set)
     * @param jobInstance the job instance, named in the change history of what the import creates
     */
    public RowImporters(String unusablePasswordHash, long jobInstance) {
        this.history = new ImportHistory(lookups, jobInstance);
        this.school = new SchoolImporter(lookups, history, unusablePasswordHash);
        this.students = new StudentImporter(lookups, history);
        this.journal = new JournalImporter(lookups, history);
    }

    public static List<String> header(String file) {
        return ExchangeFormat.header(file);
    }

    /** The inserts for the row; empty when it is already loaded. */
    public List<Stmt> process(ImportRow row, Connection c) throws BadRowException, SQLException {
        if (row.fields().size() != header(row.file()).size()) {
            throw new BadRowException("ожидается полей: " + header(row.file()).size() + ", в строке: "
                    + row.fields().size());
        }
        List<Stmt> out = new ArrayList<>();
        if (row.file().equals("schools.csv")) {
            school.school(row, c, out);
            return out;
        }
        long id = lookups.school(row.get(0), c);
        switch (row.file()) {
            case "periods.csv" -> school.period(row, id, c, out);
            case "staff.csv" -> school.staff(row, id, c, out);
            case "classes.csv" -> school.schoolClass(row, id, c, out);
            case "subjects.csv" -> school.subject(row, id, c, out);
            case "students.csv" -> students.student(row, id, c, out);
            case "parents.csv" -> students.parent(row, id, c, out);
            case "student_parents.csv" -> students.studentParent(row, id, c, out);
            case "subgroups.csv" -> students.subgroup(row, id, c, out);
            case "subgroup_members.csv" -> students.member(row, id, c, out);
            case "lessons.csv" -> journal.lesson(row, id, c, out);
            case "absences.csv" -> journal.absence(row, id, c, out);
            case "marks.csv" -> journal.mark(row, id, c, out);
            case "excuses.csv" -> journal.excuse(row, id, c, out);
            case "period_grades.csv" -> journal.periodGrade(row, id, c, out);
            default -> throw new IllegalArgumentException(row.file());
        }
        return out;
    }
}
