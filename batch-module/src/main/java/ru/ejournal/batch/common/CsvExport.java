package ru.ejournal.batch.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the rows of a query to a CSV file sorted by the given leading columns, compared as strings
 * (an empty value first), so that the order is the same on every database and collation.
 */
public final class CsvExport {

    private CsvExport() {}

    public static int write(
            Connection c, String sql, List<Object> parameters, List<String> header, int sortColumns, Path file)
            throws SQLException, IOException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.add(
                                value == null
                                        ? ""
                                        : value instanceof java.sql.Date d
                                                ? d.toLocalDate().toString()
                                                : value instanceof java.math.BigDecimal b
                                                        ? b.toPlainString()
                                                        : value.toString());
                    }
                    rows.add(row);
                }
            }
        }
        Comparator<List<String>> order = (a, b) -> 0;
        for (int i = 0; i < sortColumns; i++) {
            int column = i;
            order = order.thenComparing(r -> r.get(column));
        }
        rows.sort(order);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            Csv.write(out, header);
            for (List<String> row : rows) {
                Csv.write(out, row);
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return rows.size();
    }
}
