package ru.ejournal.timetable.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;

class SlotRefusalTest {

    @Test
    @DisplayName("A clash names the lesson of the week in the viewer's language, Russian by default")
    void theDayIsTheViewers() {
        BusinessException clash =
                new BusinessException("timetable.entry.subgroupBusy", TimetableRules.slotOf(1, 3), "1 подгруппа");
        assertEquals("У подгруппы «1 подгруппа» уже есть урок: понедельник, 3-й урок", clash.getMessage());
        assertEquals(clash.getMessage(), clash.message(Texts.RUSSIAN));
        assertEquals(
                "The subgroup «1 подгруппа» already has a lesson: Monday, lesson 3", clash.message(Locale.ENGLISH));
    }
}
