package ru.ejournal.batch.regionimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ru.ejournal.common.control.Texts;

/** The exchange files of a region: a directory or a zip with the CSV files, in loading order. */
public final class ExchangeFiles {

    /** Files in the order in which their references exist. */
    public static final List<String> ORDER = List.of(
            "schools.csv",
            "periods.csv",
            "staff.csv",
            "classes.csv",
            "subjects.csv",
            "students.csv",
            "parents.csv",
            "student_parents.csv",
            "subgroups.csv",
            "subgroup_members.csv",
            "lessons.csv",
            "absences.csv",
            "marks.csv",
            "excuses.csv",
            "period_grades.csv");

    private ExchangeFiles() {}

    /** The file's content, or {@code null} when the source has no such file. */
    public static InputStream open(String source, String file) throws IOException {
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            Path csv = path.resolve(file);
            return Files.exists(csv) ? Files.newInputStream(csv) : null;
        }
        if (!Files.exists(path)) {
            throw new IOException(Texts.text("batch.import.noSource", source));
        }
        ZipFile zip = new ZipFile(path.toFile());
        ZipEntry entry = zip.stream()
                .filter(e -> !e.isDirectory()
                        && (e.getName().equals(file) || e.getName().endsWith("/" + file)))
                .findFirst()
                .orElse(null);
        if (entry == null) {
            zip.close();
            return null;
        }
        InputStream in = zip.getInputStream(entry);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                super.close();
                zip.close();
            }
        };
    }
}
