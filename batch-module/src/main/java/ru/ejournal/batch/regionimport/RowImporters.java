package ru.ejournal.batch.regionimport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one row of a school's frame (schools, periods, staff, classes, subjects, subgroups: few rows,
 * each kind with rules of its own) into the inserts that load it, or into nothing when the record is
 * already in the database (re-running the same files adds no duplicates), or refuses it with a
 * {@link BadRowException} naming the reason. {@link SchoolImporter} resolves codes through one
 * {@link ImportLookups}, the cache of the current school's codes, and writes the change history of what
 * it creates through {@link ImportHistory}. The people and the journal load set-based ({@link StagedLoad}).
 */
public class RowImporters {

    static final String IMPORTED_BY = "import";

    private final ImportLookups lookups = new ImportLookups();
    private final ImportHistory history;
    private final SchoolImporter school;

    /**
     * @param unusablePasswordHash the password hash of a new staff account (until its first password is set)
     * @param jobInstance the job instance, named in the change history of what the import creates
     */
    public RowImporters(String unusablePasswordHash, long jobInstance) {
        this.history = new ImportHistory(lookups, jobInstance);
        this.school = new SchoolImporter(lookups, history, unusablePasswordHash);
    }

    public static List<String> header(String file) {
        return ExchangeFormat.header(file);
    }

    /** The inserts for the row; empty when it is already loaded. */
    public List<Stmt> process(ImportRow row, Connection c) throws BadRowException, SQLException {
        if (row.fields().size() != header(row.file()).size()) {
            throw new BadRowException(
                    "batch.import.fieldCount",
                    header(row.file()).size(),
                    row.fields().size());
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
            case "subgroups.csv" -> school.subgroup(row, id, c, out);
            default -> throw new IllegalArgumentException(row.file());
        }
        return out;
    }
}
