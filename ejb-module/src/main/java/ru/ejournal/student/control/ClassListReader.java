package ru.ejournal.student.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.ejournal.common.control.BusinessException;

/**
 * Reads a class list into rows of text cells: CSV (UTF-8 or Windows-1251, «;» or «,») or Excel
 * (.xlsx, .xls). The first row is the header. Dates in Excel cells come back as {@code dd.MM.yyyy}.
 */
public final class ClassListReader {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int MAX_ROWS = 2000;

    private ClassListReader() {}

    public static List<List<String>> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("Файл пустой");
        }
        String name = fileName == null ? "" : fileName.toLowerCase();
        List<List<String>> rows = name.endsWith(".xlsx") || name.endsWith(".xls") ? excel(content) : csv(content);
        if (rows.size() > MAX_ROWS) {
            throw new BusinessException("В файле больше " + MAX_ROWS + " строк");
        }
        return rows;
    }

    /** UTF-8 if the bytes are valid UTF-8, otherwise Windows-1251 (Excel's «CSV» on a Russian Windows). */
    public static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1251);
        }
    }

    static List<List<String>> csv(byte[] content) {
        String text = decode(content);
        String[] lines = text.split("\\r?\\n|\\r");
        char delimiter = lines.length > 0
                        && lines[0].chars().filter(c -> c == ';').count()
                                >= lines[0].chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rows.add(splitCsv(line, delimiter));
            }
        }
        return rows;
    }

    private static List<String> splitCsv(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    static List<List<String>> excel(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null ? "" : cellText(cell, formatter);
                    any |= !value.isBlank();
                    cells.add(value.trim());
                }
                if (any) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("Не удалось прочитать файл Excel: " + e.getMessage());
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        return formatter.formatCellValue(cell);
    }
}
