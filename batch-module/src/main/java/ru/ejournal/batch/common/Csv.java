package ru.ejournal.batch.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.common.control.Settings;

/** RFC 4180 records: comma separator, double-quote quoting, CRLF or LF line ends. */
public final class Csv {

    /** The longest field the parser accepts unless told otherwise: {@code ejournal.import.max.field.chars}. */
    public static final int DEFAULT_MAX_FIELD = 10_000;

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private Csv() {}

    /** Reads one record after another and knows the line on which the current record began. */
    public static final class Parser {
        private final Reader in;
        private final int maxField;
        private int peeked = -2;
        private long line = 1;
        private long recordLine;

        public Parser(Reader in) {
            this(in, Settings.getInt("ejournal.import.max.field.chars", DEFAULT_MAX_FIELD));
        }

        /** A parser that refuses a field longer than {@code maxField} characters (a file made to exhaust memory). */
        public Parser(Reader in, int maxField) {
            this.in = in;
            this.maxField = maxField;
        }

        public long recordLine() {
            return recordLine;
        }

        /** The next record, or {@code null} at the end of the input. */
        public List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IOException("Незакрытая кавычка в строке " + recordLine);
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n') {
                            unread(d);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                if (field.length() > maxField) {
                    throw new IOException("Поле длиннее " + maxField + " символов в записи, начатой в строке "
                            + recordLine + ": файл отклонён");
                }
                c = read();
            }
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            int c = in.read();
            return c == 0xFEFF && line == 1 && recordLine == 0 ? in.read() : c;
        }

        private void unread(int c) {
            peeked = c;
        }
    }

    /** Writes one record with the quoting RFC 4180 asks for, LF line ends. */
    public static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = neutralized(fields.get(i) == null ? "" : fields.get(i));
            if (value.indexOf(',') >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        }
        out.write('\n');
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
