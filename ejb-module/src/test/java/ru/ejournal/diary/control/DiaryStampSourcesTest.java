package ru.ejournal.diary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The diary's version stamps are bumped by PostgreSQL's statement triggers and by H2's Java row triggers, each
 * configured in its own repeatable migration: both must list the same tables with the same scope, column and
 * ignored columns, or one database would serve a stale page where the other does not.
 */
class DiaryStampSourcesTest {

    private static final Pattern PG_ROW =
            Pattern.compile("\\('([a-z_]+)',\\s*'([SCKP])',\\s*'([a-z_]+)',\\s*'([a-z_.]*)',\\s*'([a-z_,]*)'\\)");
    private static final Pattern H2_TRIGGER = Pattern.compile(
            "CREATE TRIGGER \"diary_stamp\\|([a-z_]+)\\|([SCKP])\\|([a-z_]+)\\|([a-z_.]*)\\|([a-z_,]*)\""
                    + " AFTER INSERT, UPDATE, DELETE ON ([a-z_]+)\\s+FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger'");

    @Test
    @DisplayName("PostgreSQL and H2 bump the diary's stamps from the same tables, scopes and columns")
    void bothDatabasesHaveTheSameSources() throws IOException {
        List<String> pg = new ArrayList<>();
        Matcher m = PG_ROW.matcher(read("db/vendor/postgresql/R__diary_stamp.sql"));
        while (m.find()) {
            pg.add(String.join("|", m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        List<String> h2 = new ArrayList<>();
        m = H2_TRIGGER.matcher(read("db/vendor/h2/R__diary_stamp.sql"));
        while (m.find()) {
            assertEquals(m.group(1), m.group(6), "a trigger's name names its own table");
            h2.add(String.join("|", m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        assertTrue(pg.size() >= 20, "the sources: " + pg);
        assertEquals(pg, h2);
        for (String table : List.of(
                "mark",
                "absence",
                "period_grade",
                "lesson",
                "timetable_entry",
                "student_class_membership",
                "subgroup_member",
                "study_period",
                "absence_notice")) {
            assertTrue(pg.stream().anyMatch(s -> s.startsWith(table + "|")), table);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DiaryStampSourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
