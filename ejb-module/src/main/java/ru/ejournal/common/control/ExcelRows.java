package ru.ejournal.common.control;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell set-up the journal's Excel files share. */
public final class ExcelRows {

    private ExcelRows() {}

    /** A bold cell style of the workbook (headers, titles). */
    public static CellStyle bold(Workbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** Writes the cells as text into the row, each with the style (none when {@code null}). */
    public static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
