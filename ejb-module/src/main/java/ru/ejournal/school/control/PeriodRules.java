package ru.ejournal.school.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.school.boundary.PeriodRow;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.school.entity.StudyPeriodKind;

/**
 * The rules of an academic year and its study periods, in one pure class that the service and a
 * unit test call.
 *
 * <p>The periods of the school's kind (quarters, trimesters or half-years) tile the year: the first
 * starts on the year's first day, the last ends on its last day, none overlaps another, and there
 * is no gap between two consecutive periods, except days that are all in the school's list of
 * holidays (каникулы entered there, the same list the monitoring rules use). So the usual
 * Russian calendar with breaks between quarters is kept by entering the breaks as holidays, and
 * no school day is ever left outside a period by mistake. A period of kind {@code YEAR} (for annual
 * grades) only has to lie inside the year.
 */
public final class PeriodRules {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private static final Pattern YEAR_NAME = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\d_-]{1,20}");

    private PeriodRules() {}

    /** The kind of the periods of a period type. */
    public static StudyPeriodKind kindOf(PeriodType type) {
        return switch (type) {
            case QUARTERS -> StudyPeriodKind.QUARTER;
            case TRIMESTERS -> StudyPeriodKind.TRIMESTER;
            case HALF_YEARS -> StudyPeriodKind.HALF_YEAR;
        };
    }

    /** The year's name «2026/2027» and dates; the year may not be longer than a calendar year. */
    public static void checkYear(String name, LocalDate start, LocalDate end) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("school.year.nameRequired");
        }
        Matcher m = YEAR_NAME.matcher(name.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new BusinessException("school.year.nameFormat");
        }
        if (start == null || end == null) {
            throw new BusinessException("school.year.datesRequired");
        }
        if (!start.isBefore(end)) {
            throw new BusinessException("school.year.startBeforeEnd");
        }
        if (!end.isBefore(start.plusYears(1))) {
            throw new BusinessException("school.year.tooLong");
        }
        if (start.getYear() != Integer.parseInt(m.group(1))) {
            throw new BusinessException("school.year.startYear", name.strip(), m.group(1));
        }
    }

    /**
     * Default dates for the periods of a type: quarters end on 31 October, 31 December and 31 March,
     * trimesters on 30 November and the last day of February, half-years on 31 December; a year that
     * does not contain those days is split into equal parts. The periods tile the year.
     */
    public static List<PeriodRow> propose(LocalDate start, LocalDate end, PeriodType type) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new BusinessException("school.year.datesFirst");
        }
        List<MonthDay> boundaries = switch (type) {
            case QUARTERS -> List.of(MonthDay.of(11, 1), MonthDay.of(1, 1), MonthDay.of(4, 1));
            case TRIMESTERS -> List.of(MonthDay.of(12, 1), MonthDay.of(3, 1));
            case HALF_YEARS -> List.of(MonthDay.of(1, 1));
        };
        List<LocalDate> starts = new ArrayList<>();
        starts.add(start);
        LocalDate previous = start;
        for (MonthDay boundary : boundaries) {
            LocalDate next = boundary.atYear(previous.getYear());
            if (!next.isAfter(previous)) {
                next = boundary.atYear(previous.getYear() + 1);
            }
            starts.add(next);
            previous = next;
        }
        if (!previous.isBefore(end)) {
            starts = evenSplit(start, end, boundaries.size() + 1);
        }
        StudyPeriodKind kind = kindOf(type);
        List<PeriodRow> periods = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
            periods.add(PeriodRow.proposed(code(kind, i + 1), name(kind, i + 1), kind, starts.get(i), to));
        }
        return periods;
    }

    private static List<LocalDate> evenSplit(LocalDate start, LocalDate end, int parts) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days < parts) {
            throw new BusinessException("school.year.tooShort", parts);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            starts.add(start.plusDays(days * i / parts));
        }
        return starts;
    }

    /** «Q1», «T2», «H1», «Y». */
    public static String code(StudyPeriodKind kind, int number) {
        return switch (kind) {
            case QUARTER -> "Q" + number;
            case TRIMESTER -> "T" + number;
            case HALF_YEAR -> "H" + number;
            case YEAR -> "Y";
        };
    }

    /** «1 четверть», «2 триместр», «1 полугодие», «Учебный год»: a stored name, so Russian. */
    public static String name(StudyPeriodKind kind, int number) {
        return Texts.text("school.period.name." + kind.name(), number);
    }

    /**
     * Checks the whole set of a year's periods as it will be stored; throws a {@link
     * BusinessException} with the first broken rule.
     */
    public static void checkPeriods(
            LocalDate yearStart, LocalDate yearEnd, List<PeriodRow> periods, Set<LocalDate> holidays) {
        Set<String> codes = new HashSet<>();
        for (PeriodRow p : periods) {
            String label = label(p);
            if (p.code() == null || !CODE.matcher(p.code().strip()).matches()) {
                throw new BusinessException("school.period.codeFormat", label);
            }
            if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 100) {
                throw new BusinessException(
                        "school.period.nameRequired", p.code().strip());
            }
            if (!codes.add(p.code().strip().toUpperCase(Locale.ROOT))) {
                throw new BusinessException(
                        "school.period.codeRepeated", p.code().strip());
            }
            if (p.startDate() == null || p.endDate() == null) {
                throw new BusinessException("school.period.datesRequired", label);
            }
            if (p.endDate().isBefore(p.startDate())) {
                throw new BusinessException("school.period.endBeforeStart", label);
            }
            if (p.startDate().isBefore(yearStart) || p.endDate().isAfter(yearEnd)) {
                throw new BusinessException(
                        "school.period.outsideYear",
                        label,
                        range(p.startDate(), p.endDate()),
                        range(yearStart, yearEnd));
            }
        }
        List<PeriodRow> tiling = periods.stream()
                .filter(p -> p.kind() != StudyPeriodKind.YEAR)
                .sorted(Comparator.comparing(PeriodRow::startDate))
                .toList();
        if (tiling.isEmpty()) {
            return;
        }
        if (tiling.stream().map(PeriodRow::kind).distinct().count() > 1) {
            throw new BusinessException("school.period.mixedKinds");
        }
        PeriodRow first = tiling.get(0);
        if (!first.startDate().equals(yearStart) && !allHolidays(yearStart, first.startDate(), holidays)) {
            throw new BusinessException("school.period.firstStart", label(first), yearStart.format(DATE));
        }
        for (int i = 1; i < tiling.size(); i++) {
            PeriodRow prev = tiling.get(i - 1);
            PeriodRow next = tiling.get(i);
            if (!next.startDate().isAfter(prev.endDate())) {
                throw new BusinessException(
                        "school.period.overlap",
                        label(prev),
                        range(prev.startDate(), prev.endDate()),
                        label(next),
                        range(next.startDate(), next.endDate()));
            }
            LocalDate gapFrom = prev.endDate().plusDays(1);
            if (gapFrom.isBefore(next.startDate()) && !allHolidays(gapFrom, next.startDate(), holidays)) {
                throw new BusinessException(
                        "school.period.gap",
                        label(prev),
                        label(next),
                        range(gapFrom, next.startDate().minusDays(1)));
            }
        }
        PeriodRow last = tiling.get(tiling.size() - 1);
        if (!last.endDate().equals(yearEnd)
                && !allHolidays(last.endDate().plusDays(1), yearEnd.plusDays(1), holidays)) {
            throw new BusinessException("school.period.lastEnd", label(last), yearEnd.format(DATE));
        }
    }

    /** Whether every day from {@code from} up to (not including) {@code until} is a holiday. */
    private static boolean allHolidays(LocalDate from, LocalDate until, Set<LocalDate> holidays) {
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (!holidays.contains(day)) {
                return false;
            }
        }
        return true;
    }

    private static String label(PeriodRow p) {
        String name =
                p.name() == null || p.name().isBlank() ? p.code() : p.name().strip();
        return "«" + name + "»";
    }

    public static String range(LocalDate from, LocalDate to) {
        return from.format(DATE) + "–" + to.format(DATE);
    }
}
