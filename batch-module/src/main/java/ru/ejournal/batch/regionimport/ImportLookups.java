package ru.ejournal.batch.regionimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import ru.ejournal.batch.common.IdBlocks;

/**
 * The codes of the current school that the frame's rows resolve against: loaded with one query per kind
 * of record when first asked for, kept up to date with the rows the step inserts ({@link #put}), and
 * dropped when the rows turn to another school. A
 * restart starts with an empty cache and so sees exactly what was committed. Also hands out the ids.
 */
final class ImportLookups {

    private static final Map<String, String> LOOKUPS = Map.ofEntries(
            Map.entry("year", "SELECT name, id FROM academic_year WHERE school_id = ?"),
            Map.entry("period", "SELECT code, id FROM study_period WHERE school_id = ? ORDER BY end_date"),
            Map.entry(
                    "staff",
                    "SELECT login, staff_member_id FROM user_account WHERE school_id = ?"
                            + " AND staff_member_id IS NOT NULL"),
            Map.entry(
                    "class",
                    "SELECT c.code, c.id FROM school_class c JOIN academic_year y ON y.id = c.academic_year_id"
                            + " WHERE c.school_id = ? ORDER BY y.start_date"),
            Map.entry("subject", "SELECT code, id FROM subject WHERE school_id = ?"),
            Map.entry("subgroup", "SELECT code, id FROM subgroup WHERE school_id = ?"));

    private final IdBlocks ids = new IdBlocks();
    private Map<String, Long> schools;
    private Map<String, Long> loginSchools;
    private Long currentSchool;
    private final Map<String, Map<String, Long>> codes = new HashMap<>();
    private Long latestYear;

    long nextId(Connection c) throws SQLException {
        return ids.next(c);
    }

    /** The id of a school code, making it the current school. */
    long school(String code, Connection c) throws BadRowException, SQLException {
        Long id = schools(c).get(code);
        if (id == null) {
            throw new BadRowException("batch.import.unknownSchool", code);
        }
        if (!id.equals(currentSchool)) {
            codes.clear();
            latestYear = null;
            currentSchool = id;
        }
        return id;
    }

    /** The id that the row's code in {@code column} stands for; a code not known is a bad row. */
    long ref(Connection c, long school, String kind, ImportRow row, int index, String column)
            throws BadRowException, SQLException {
        String code = ImportValues.required(row, index, column);
        Long id = code(c, school, kind, code);
        if (id == null) {
            throw new BadRowException("batch.import.unknown", column, code);
        }
        return id;
    }

    Long optionalRef(Connection c, long school, String kind, ImportRow row, int index, String column)
            throws BadRowException, SQLException {
        return row.get(index).isEmpty() ? null : ref(c, school, kind, row, index, column);
    }

    Long code(Connection c, long school, String kind, String code) throws SQLException {
        return codes(c, school, kind).get(code);
    }

    /** Remembers a code this step inserts (its kind already loaded by {@link #code}). */
    void put(String kind, String code, long id) {
        codes.get(kind).put(code, id);
    }

    Map<String, Long> codes(Connection c, long school, String kind) throws SQLException {
        Map<String, Long> map = codes.get(kind);
        if (map == null) {
            map = idsByCode(c, LOOKUPS.get(kind), school);
            codes.put(kind, map);
        }
        return map;
    }

    Long latestYear(Connection c, long school) throws SQLException {
        if (latestYear == null) {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id FROM academic_year WHERE school_id = ? ORDER BY start_date DESC")) {
                ps.setLong(1, school);
                try (ResultSet rs = ps.executeQuery()) {
                    latestYear = rs.next() ? rs.getLong(1) : null;
                }
            }
        }
        return latestYear;
    }

    /** A new year makes the latest year to be looked up again. */
    void forgetLatestYear() {
        latestYear = null;
    }

    Map<String, Long> schools(Connection c) throws SQLException {
        if (schools == null) {
            schools = idsByCode(c, "SELECT code, id FROM school", null);
        }
        return schools;
    }

    /** Every login of the region with its school. */
    Map<String, Long> loginSchools(Connection c) throws SQLException {
        if (loginSchools == null) {
            loginSchools = idsByCode(c, "SELECT login, school_id FROM user_account", null);
        }
        return loginSchools;
    }

    /** A query of (code, id) rows as a map; {@code school} is its one parameter, when not null. */
    private static Map<String, Long> idsByCode(Connection c, String sql, Long school) throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (school != null) {
                ps.setLong(1, school);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return map;
    }
}
