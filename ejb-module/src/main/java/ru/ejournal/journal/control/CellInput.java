package ru.ejournal.journal.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.journal.entity.MarkValue;

/**
 * What a teacher typed into a cell of the grid: at most one absence code and up to
 * {@value #MAX_MARKS_PER_CELL} marks, separated by blanks, commas, semicolons or slashes («Н», «5»,
 * «ОП 4», «5 4»; empty clears the cell). A mark is what {@link MarkValue#mark} accepts and suits the
 * subject's grading.
 */
public record CellInput(AbsenceCode absence, List<String> marks) {

    public static final int MAX_MARKS_PER_CELL = 3;

    /** «Н, Б, У, П, ОП». */
    private static final String ABSENCE_CODES =
            Arrays.stream(AbsenceCode.values()).map(AbsenceCode::label).collect(Collectors.joining(", "));

    /** The typed text as an absence and marks in their stored form, or a refusal saying what is wrong. */
    public static CellInput parse(String input, boolean passFail) {
        AbsenceCode absence = null;
        List<String> marks = new ArrayList<>();
        if (input != null) {
            for (String token : input.strip().toUpperCase(Locale.ROOT).split("[\\s,;/]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                AbsenceCode code = absenceCode(token);
                if (code != null) {
                    if (absence != null) {
                        throw new BusinessException("journal.cell.oneAbsence");
                    }
                    absence = code;
                } else {
                    marks.add(mark(token, passFail));
                }
            }
        }
        if (marks.size() > MAX_MARKS_PER_CELL) {
            throw new BusinessException("journal.cell.tooManyMarks", MAX_MARKS_PER_CELL);
        }
        return new CellInput(absence, List.copyOf(marks));
    }

    private static String mark(String token, boolean passFail) {
        return MarkValue.markFitting(token, passFail)
                .orElseThrow(() -> passFail
                        ? new BusinessException(
                                "journal.cell.notPassFail",
                                token,
                                MarkValue.display(MarkValue.PASS),
                                MarkValue.display(MarkValue.FAIL),
                                ABSENCE_CODES)
                        : new BusinessException("journal.cell.notAMark", token, ABSENCE_CODES));
    }

    private static AbsenceCode absenceCode(String token) {
        for (AbsenceCode code : AbsenceCode.values()) {
            if (code.label().equals(token)) {
                return code;
            }
        }
        return null;
    }
}
