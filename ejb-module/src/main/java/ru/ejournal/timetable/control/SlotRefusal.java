package ru.ejournal.timetable.control;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.stream.Stream;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;

/**
 * A refusal that names a lesson of the week as its first argument, {@code {0}} («понедельник, 3-й урок»):
 * the day's name is the viewer's too, so the text is made again for each language.
 */
@ApplicationException(rollback = true)
class SlotRefusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final int dayOfWeek;
    private final int lessonNo;
    private final String[] rest;

    SlotRefusal(String key, int dayOfWeek, int lessonNo, Object... rest) {
        super(key, args(Texts.RUSSIAN, dayOfWeek, lessonNo, rest));
        this.key = key;
        this.dayOfWeek = dayOfWeek;
        this.lessonNo = lessonNo;
        this.rest = Stream.of(rest).map(String::valueOf).toArray(String[]::new);
    }

    @Override
    public String message(Locale locale) {
        return Texts.text(locale, key, args(locale, dayOfWeek, lessonNo, rest));
    }

    private static Object[] args(Locale locale, int dayOfWeek, int lessonNo, Object[] rest) {
        return Stream.concat(Stream.of(TimetableRules.slot(locale, dayOfWeek, lessonNo)), Stream.of(rest))
                .toArray();
    }
}
