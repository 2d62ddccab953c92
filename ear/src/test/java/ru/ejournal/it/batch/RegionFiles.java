package ru.ejournal.it.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the exchange files for the tests' own expectations, by its own simple parser (quoted
 * fields without line breaks), independent of the job's reader.
 */
final class RegionFiles {

    private final Path dir;

    RegionFiles(Path dir) {
        this.dir = dir;
    }

    List<Map<String, String>> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> values = split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (inQuotes) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (ch == '"') {
                    inQuotes = false;
                } else {
                    value.append(ch);
                }
            } else if (ch == '"') {
                inQuotes = true;
            } else if (ch == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(ch);
            }
        }
        values.add(value.toString());
        return values;
    }

    /** Appends a raw line to a file and returns its line number (the header is line 1). */
    long append(String file, String line) throws IOException {
        Files.writeString(
                dir.resolve(file), line + "\r\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8).size();
    }
}
