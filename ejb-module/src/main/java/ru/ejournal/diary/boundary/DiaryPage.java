package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ru.ejournal.journal.boundary.PeriodOption;

/**
 * Everything the e-diary page of a parent or a student shows, read in one service call: the children to choose
 * from, the chosen child's week, the study periods and the chosen period's marks with their working.
 * {@code child}, {@code week} and {@code marks} are null when the caller has no child to show.
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

    /**
     * A digest of every value the page shows (the records' text, which lists each field), so that two reads
     * with equal digests show the same page: the e-diary's ETag is built from it, read from the database at
     * every request, so it can never be older than the data, whoever wrote it.
     */
    public String digest(String... more) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(toString().getBytes(StandardCharsets.UTF_8));
            for (String m : more) {
                sha.update((byte) 0);
                sha.update(String.valueOf(m).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
