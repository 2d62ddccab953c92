package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The journal grid of one teaching assignment for one study period: students × lessons. */
public record GradeBook(
        long assignmentId,
        long periodId,
        String title,
        String periodName,
        boolean passFail,
        boolean periodClosed,
        BigDecimal roundingThreshold,
        int minMarks,
        List<Column> lessons,
        List<Row> rows)
        implements Serializable {

    /** The same grid with other lessons and rows (after a lesson's or a cell's save). */
    public GradeBook with(List<Column> newLessons, List<Row> newRows) {
        return new GradeBook(
                assignmentId,
                periodId,
                title,
                periodName,
                passFail,
                periodClosed,
                roundingThreshold,
                minMarks,
                newLessons,
                newRows);
    }

    /** A lesson: the column header (date over period number) and its details. */
    public record Column(
            long id,
            long version,
            LocalDate date,
            int periodNo,
            String topic,
            String homework,
            Long workTypeId,
            String workType,
            int weight,
            boolean attendanceTaken,
            boolean cancelled,
            String cancelReason,
            String replacement)
            implements Serializable {}

    /** A student: their cells by lesson id, the average and proposed grade, the period grade. */
    public record Row(
            long studentId,
            String name,
            boolean departed,
            Map<Long, GradeBookCell> cells,
            MarkSummary summary,
            String periodGrade,
            Long periodGradeVersion,
            LocalDate activeFrom,
            LocalDate activeUntil)
            implements Serializable {

        /** A row of a pupil who is in the class the whole period. */
        public Row(
                long studentId,
                String name,
                boolean departed,
                Map<Long, GradeBookCell> cells,
                MarkSummary summary,
                String periodGrade,
                Long periodGradeVersion) {
            this(studentId, name, departed, cells, summary, periodGrade, periodGradeVersion, null, null);
        }

        /** The same row with other cells and summary (after a cell save). */
        public Row withCells(Map<Long, GradeBookCell> newCells, MarkSummary newSummary) {
            return new Row(
                    studentId,
                    name,
                    departed,
                    newCells,
                    newSummary,
                    periodGrade,
                    periodGradeVersion,
                    activeFrom,
                    activeUntil);
        }

        /** The same row with another period grade (after its save). */
        public Row withPeriodGrade(String grade, Long version) {
            return new Row(studentId, name, departed, cells, summary, grade, version, activeFrom, activeUntil);
        }

        /**
         * Whether the lesson day is outside the pupil's time in the class (transferred in later or out
         * earlier): such a cell is shown, greyed, and read-only.
         */
        public boolean outside(LocalDate day) {
            return day != null
                    && (activeFrom != null && day.isBefore(activeFrom)
                            || activeUntil != null && day.isAfter(activeUntil));
        }

        public GradeBookCell cell(long lessonId) {
            return cells.getOrDefault(lessonId, GradeBookCell.EMPTY);
        }
    }
}
