package ru.ejournal.batch.regionimport;

import java.util.ArrayList;
import java.util.List;
import ru.ejournal.common.control.Texts;

/**
 * The import's texts ({@code batch.import.*}): the reasons of the error report and the history's "imported
 * by" line are the school's documents, in Russian, the same whether a row is refused row by row in Java
 * or by the staged load's SQL.
 */
final class ImportTexts {

    /** Stands for an argument's place while a text is cut into SQL. */
    private static final char MARK = '\u0001';

    /** An argument that is an SQL expression (a staged row's column), not a value. */
    record Expr(String sql) {}

    private ImportTexts() {}

    /**
     * The text of {@code key} as an SQL expression: its literal parts quoted, its {@link Expr} arguments
     * concatenated in their places ({@code 'неизвестный class_code: ' || s.c3}); other arguments are values.
     */
    static String sql(String key, Object... args) {
        Object[] marked = args.clone();
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof Expr e) {
                marked[i] = MARK + String.valueOf(expressions.size()) + MARK;
                expressions.add(e.sql());
            }
        }
        String[] parts = Texts.text(key, marked).split(String.valueOf(MARK), -1);
        List<String> sql = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                sql.add(expressions.get(Integer.parseInt(parts[i])));
            } else if (!parts[i].isEmpty() || parts.length == 1) {
                sql.add("'" + parts[i].replace("'", "''") + "'");
            }
        }
        return String.join(" || ", sql);
    }
}
