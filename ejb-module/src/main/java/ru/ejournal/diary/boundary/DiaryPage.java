package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.util.List;
import ru.ejournal.journal.boundary.PeriodOption;

/**
 * Everything the e-diary page of a parent or a student shows, read in one service call: the children to choose
 * from, the chosen child's week, the study periods and the chosen period's marks with their working.
 * {@code child}, {@code week} and {@code marks} are null when the caller has no child to show. The page's ETag
 * is not a digest of it but of the version stamps of what it shows ({@link DiaryService#revision}).
 */
public record DiaryPage(
        List<ChildOption> children,
        Long child,
        List<PeriodOption> periods,
        Long period,
        DiaryWeek week,
        DiaryPeriod marks)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
