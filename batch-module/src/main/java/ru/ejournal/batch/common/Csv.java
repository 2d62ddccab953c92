package ru.ejournal.batch.common;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.ejournal.common.control.Settings;
import ru.ejournal.common.control.Texts;

/**
 * The exchange files and the job exports as RFC 4180 records (Apache Commons CSV): comma separator,
 * double-quote quoting, CRLF or LF line ends read, LF written; a UTF-8 byte order mark is skipped.
 */
public final class Csv {

    /** The longest field the parser accepts unless told otherwise: {@code ejournal.import.max.field.chars}. */
    public static final int DEFAULT_MAX_FIELD = 10_000;

    /**
     * RFC 4180; an empty line is a record of its own (so that the line of every record is known), text
     * after a closing quote belongs to the field ({@code "ab"c} is {@code abc}).
     */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setRecordSeparator('\n')
            .get();

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private Csv() {}

    /** Reads one record after another and knows the line on which the current record began. */
    public static final class Parser {
        private final BoundedReader in;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final int maxField;
        private long linesDone;
        private long recordLine;

        public Parser(Reader in) throws IOException {
            this(in, Settings.getInt("ejournal.import.max.field.chars", DEFAULT_MAX_FIELD));
        }

        /** A parser that refuses a field longer than {@code maxField} characters (a file made to exhaust memory). */
        public Parser(Reader in, int maxField) throws IOException {
            this.maxField = maxField;
            this.in = new BoundedReader(in, 100L * maxField + 65_536);
            this.parser =
                    CSVParser.builder().setReader(this.in).setFormat(FORMAT).get();
            this.records = parser.iterator();
        }

        public long recordLine() {
            return recordLine;
        }

        /** The next record, or {@code null} at the end of the input; an empty line is an empty record. */
        public List<String> next() throws IOException {
            long line = linesDone + 1;
            in.startRecord(line);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw refused(e.getCause(), line);
            }
            recordLine = line;
            linesDone = parser.getCurrentLineNumber();
            List<String> fields = record.toList();
            for (String field : fields) {
                if (field.length() > maxField) {
                    throw new IOException(Texts.text("batch.csv.fieldTooLong", maxField, recordLine));
                }
            }
            return fields;
        }

        private static IOException refused(IOException cause, long line) {
            if (cause instanceof RecordTooLong) {
                return cause;
            }
            String message = String.valueOf(cause.getMessage());
            return new IOException(
                    message.contains("EOF reached before encapsulated token finished")
                            ? Texts.text("batch.csv.unclosedQuote", line)
                            : Texts.text("batch.csv.unreadable", line, message),
                    cause);
        }
    }

    /**
     * Refuses a record that runs on beyond {@code budget} characters (an unclosed quote, a field made to
     * exhaust memory) before the parser has it in memory whole; skips a byte order mark at the start.
     */
    private static final class BoundedReader extends FilterReader {
        private final long budget;
        private long readInRecord;
        private long recordLine;
        private boolean started;

        BoundedReader(Reader in, long budget) {
            super(in);
            this.budget = budget;
        }

        void startRecord(long line) {
            readInRecord = 0;
            recordLine = line;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) == -1 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (!started && n > 0) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, offset, length);
                    }
                }
            }
            if (n > 0) {
                readInRecord += n;
                if (readInRecord > budget) {
                    throw new RecordTooLong(Texts.text("batch.csv.recordTooLong", recordLine, budget));
                }
            }
            return n;
        }
    }

    private static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLong(String message) {
            super(message);
        }
    }

    /** Writes one record with the quoting RFC 4180 asks for, LF line ends; formula-like cells neutralized. */
    public static void write(Writer out, List<String> fields) throws IOException {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = neutralized(fields.get(i) == null ? "" : fields.get(i));
        }
        FORMAT.printRecord(out, values);
    }

    /**
     * A cell that a spreadsheet would run as a formula ({@code = + - @}, or a tab or carriage return first)
     * gets a leading apostrophe, so that it is shown as the text it is (CSV injection, ASVS 5.3.x); numbers
     * such as {@code -1.5} stay numbers.
     */
    public static String neutralized(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
