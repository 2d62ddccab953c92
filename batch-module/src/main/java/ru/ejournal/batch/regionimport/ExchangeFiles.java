package ru.ejournal.batch.regionimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ru.ejournal.common.control.Texts;

/** The exchange files of a region: a directory or a zip with the CSV files (the job XML loads them in order). */
public final class ExchangeFiles {

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
