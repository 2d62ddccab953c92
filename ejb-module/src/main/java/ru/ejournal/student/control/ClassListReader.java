package ru.ejournal.student.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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

    /** One row of the list with the line of the file (the row of the sheet) on which it begins. */
    public record Row(int line, List<String> cells) {}

    public static List<List<String>> read(String fileName, byte[] content) {
        return rows(fileName, content).stream().map(Row::cells).toList();
    }

    /** The rows that are not blank, each with its line; the first is the header. */
    public static List<Row> rows(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("student.import.emptyFile");
        }
        String name = fileName == null ? "" : fileName.toLowerCase();
        List<Row> rows = name.endsWith(".xlsx") || name.endsWith(".xls") ? excel(content) : csv(content);
        if (rows.size() > MAX_ROWS) {
            throw new BusinessException("student.import.tooManyRows", MAX_ROWS);
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

    /**
     * RFC 4180 records (Apache Commons CSV) with «;» or «,» between cells, whichever the first line has
     * more of: a quoted cell may hold the separator, doubled quotes and line breaks.
     */
    static List<Row> csv(byte[] content) {
        String text = decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        >= firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .get();
        List<Row> rows = new ArrayList<>();
        long linesDone = 0;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = linesDone + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new BusinessException("student.import.badQuote", line);
                }
                linesDone = parser.getCurrentLineNumber();
                List<String> cells = record.stream().map(String::trim).toList();
                if (cells.stream().anyMatch(c -> !c.isEmpty()) || cells.size() > 1) {
                    rows.add(new Row((int) line, cells));
                }
            }
        } catch (IOException e) {
            throw new BusinessException("student.import.csvUnreadable", e.getMessage());
        }
        return rows;
    }

    static List<Row> excel(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null ? "" : cellText(cell, formatter);
                    any |= !value.isBlank();
                    cells.add(value.trim());
                }
                if (any) {
                    rows.add(new Row(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("student.import.excelUnreadable", e.getMessage());
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
