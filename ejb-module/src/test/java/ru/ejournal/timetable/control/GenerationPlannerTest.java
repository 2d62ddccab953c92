package ru.ejournal.timetable.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.timetable.control.GenerationPlanner.Entry;
import ru.ejournal.timetable.control.GenerationPlanner.Existing;
import ru.ejournal.timetable.control.GenerationPlanner.Plan;
import ru.ejournal.timetable.control.GenerationPlanner.Version;
import ru.ejournal.timetable.control.GenerationPlanner.Wanted;

class GenerationPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
    private static final Entry MATH_MON_1 = new Entry(1, 1, 10, null, 100);
    private static final Entry MATH_WED_2 = new Entry(3, 2, 10, null, 100);
    private static final Entry ENG_TUE_4_G1 = new Entry(2, 4, 20, 7L, 200);

    private static List<Wanted> wanted(List<Entry> entries, LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        return GenerationPlanner.wanted(List.of(new Version(1, LocalDate.of(2026, 9, 1), entries)), from, to, holidays);
    }

    private static List<Existing> stored(List<Wanted> wanted) {
        List<Existing> existing = new ArrayList<>();
        long id = 1;
        for (Wanted w : wanted) {
            existing.add(new Existing(
                    id++,
                    w.code(),
                    w.classId(),
                    w.date(),
                    w.lessonNo(),
                    w.teacherId(),
                    false,
                    false,
                    false,
                    false,
                    false,
                    w.date(),
                    w.lessonNo(),
                    w.teacherId(),
                    false));
        }
        return existing;
    }

    @Test
    @DisplayName("One lesson per entry and school day, none on a holiday or a Sunday, each with its own code")
    void wantedLessons() {
        List<Wanted> wanted = wanted(
                List.of(MATH_MON_1, MATH_WED_2, ENG_TUE_4_G1), MONDAY, MONDAY.plusDays(13), Set.of(MONDAY.plusDays(7)));
        assertEquals(5, wanted.size());
        assertEquals(5, new HashSet<>(wanted.stream().map(Wanted::code).toList()).size());
        assertTrue(wanted.stream().noneMatch(w -> w.date().equals(MONDAY.plusDays(7))));
    }

    @Test
    @DisplayName("Generating again over stored lessons changes nothing")
    void idempotent() {
        List<Wanted> wanted = wanted(List.of(MATH_MON_1, MATH_WED_2), MONDAY, MONDAY.plusDays(6), Set.of());
        Plan plan = GenerationPlanner.plan(wanted, stored(wanted), MONDAY.minusDays(1), Set.of());
        assertEquals(
                0,
                plan.create().size()
                        + plan.move().size()
                        + plan.remove().size()
                        + plan.hold().size());
        assertEquals(2, plan.unchanged());
    }

    @Test
    @DisplayName("A moved entry moves the future empty lesson, holds one with data, leaves a past one")
    void moves() {
        List<Wanted> before = wanted(List.of(MATH_MON_1), MONDAY, MONDAY.plusDays(20), Set.of());
        List<Existing> existing = new ArrayList<>(stored(before));
        Existing second = existing.get(1);
        existing.set(
                1,
                new Existing(
                        second.lessonId(),
                        second.code(),
                        1,
                        second.date(),
                        1,
                        100,
                        false,
                        false,
                        false,
                        true,
                        false,
                        second.date(),
                        1,
                        100,
                        false));
        List<Wanted> after = wanted(List.of(new Entry(1, 5, 10, null, 100)), MONDAY, MONDAY.plusDays(20), Set.of());
        Plan plan = GenerationPlanner.plan(after, existing, MONDAY, Set.of());
        assertEquals(1, plan.move().size(), "the third Monday");
        assertEquals(1, plan.hold().size(), "the second Monday has a topic");
        assertEquals(1, plan.unchanged(), "the first Monday is today");
        assertEquals("есть тема", plan.hold().get(0).lesson().why());
    }

    @Test
    @DisplayName("A lesson changed by hand is not moved back while the timetable stays as it was")
    void handChangeStands() {
        List<Wanted> wanted = wanted(List.of(MATH_MON_1), MONDAY, MONDAY.plusDays(6), Set.of());
        Existing e = stored(wanted).get(0);
        Existing replaced = new Existing(
                e.lessonId(),
                e.code(),
                1,
                e.date(),
                1,
                999,
                false,
                false,
                false,
                false,
                false,
                e.plannedDate(),
                e.plannedNo(),
                e.plannedTeacherId(),
                false);
        Plan plan = GenerationPlanner.plan(wanted, List.of(replaced), MONDAY.minusDays(3), Set.of());
        assertEquals(1, plan.unchanged());
        assertEquals(0, plan.move().size() + plan.hold().size());
    }

    @Test
    @DisplayName("A closed period's days stay as they are: nothing created there, nothing moved into or out of"
            + " them, nothing removed from them; the open days are generated")
    void closedDaysStayAsTheyAre() {
        LocalDate today = MONDAY.minusDays(1);
        List<Wanted> twoWeeks = wanted(List.of(MATH_MON_1, MATH_WED_2), MONDAY, MONDAY.plusDays(13), Set.of());
        Set<LocalDate> firstWeek = new HashSet<>();
        for (int d = 0; d < 7; d++) {
            firstWeek.add(MONDAY.plusDays(d));
        }
        Plan created = GenerationPlanner.plan(twoWeeks, List.of(), today, firstWeek);
        assertEquals(2, created.create().size(), "the second week's Monday and Wednesday");
        assertTrue(created.create().stream().noneMatch(w -> firstWeek.contains(w.date())));
        assertEquals(2, created.unchanged(), "the first week's two lessons are not created");

        // the stored lessons of both weeks; the timetable then moves maths from Monday 1 to Tuesday 1 and drops
        // Wednesday
        List<Existing> stored = stored(twoWeeks);
        List<Wanted> moved = wanted(List.of(new Entry(2, 1, 10, null, 100)), MONDAY, MONDAY.plusDays(13), Set.of());
        Plan plan = GenerationPlanner.plan(moved, stored, today, firstWeek);
        assertEquals(1, plan.move().size(), "the second week's Monday lesson moves to Tuesday");
        assertEquals(MONDAY.plusDays(8), plan.move().get(0).to().date());
        assertEquals(1, plan.remove().size(), "the second week's Wednesday lesson goes");
        assertEquals(MONDAY.plusDays(9), plan.remove().get(0).date());
        assertEquals(2, plan.unchanged(), "the first week's Monday and Wednesday lessons stay");
    }
}
