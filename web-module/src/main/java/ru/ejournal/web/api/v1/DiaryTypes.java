package ru.ejournal.web.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the e-diary API answers, version 1: its own records, so that the contract stays when the services'
 * records change (the screens' needs move faster than a published API may).
 */
public final class DiaryTypes {

    private DiaryTypes() {}

    @Schema(name = "Child", description = "Ребёнок, дневник которого читает вызывающий")
    public record Child(
            @Schema(description = "Идентификатор учащегося", example = "1041")
            long id,

            @Schema(description = "Фамилия, имя и класс", example = "Алексеева Полина, 7Б")
            String label) {}

    @Schema(name = "Mark", description = "Отметка")
    public record Mark(
            @Schema(description = "Отметка как в дневнике: 1–5, «зач», «незач», «н/а»", example = "4")
            String value,

            @Schema(description = "Вид работы", example = "Контрольная работа")
            String workType,

            @Schema(description = "Вес вида работы (1–10)", example = "3")
            int weight,

            @Schema(description = "Дата урока", example = "2026-10-14")
            LocalDate date) {}

    @Schema(name = "Absence", description = "Пропуск урока")
    public record Absence(
            @Schema(
                    description = "Код: Н — отсутствовал (причина не известна), Б — болезнь, У — уважительная"
                            + " причина, П — прогул, ОП — опоздание",
                    example = "Б",
                    enumeration = {"Н", "Б", "У", "П", "ОП"})
            String code) {}

    @Schema(name = "Lesson", description = "Урок дня в дневнике")
    public record Lesson(
            @Schema(description = "Идентификатор урока", example = "90211")
            long id,

            @Schema(description = "Номер урока в расписании дня", example = "2")
            int lessonNo,

            @Schema(description = "Предмет", example = "Алгебра")
            String subject,

            @Schema(description = "Тема урока", example = "Квадратные уравнения")
            String topic,

            @Schema(description = "Домашнее задание", example = "№ 214, 215")
            String homework,

            @Schema(description = "Отметки ученика за урок") List<Mark> marks,

            @Schema(description = "Пропуск (нет — был на уроке или посещаемость не отмечена)")
            Absence absence,

            @Schema(description = "Урок отменён") boolean cancelled,

            @Schema(description = "Причина отмены", example = "Карантин")
            String cancelReason) {}

    @Schema(name = "Day", description = "День недели с уроками")
    public record Day(
            @Schema(description = "Дата", example = "2026-10-12")
            LocalDate date,

            @Schema(description = "Уроки по порядку") List<Lesson> lessons) {}

    @Schema(name = "TimetableEntry", description = "Урок недельного расписания ученика")
    public record TimetableEntry(
            @Schema(description = "День недели: 1 — понедельник … 6 — суббота", example = "1")
            int dayOfWeek,

            @Schema(description = "Номер урока", example = "2")
            int lessonNo,

            @Schema(description = "Предмет", example = "Английский язык")
            String subject,

            @Schema(description = "Подгруппа (нет — весь класс)", example = "1 подгруппа")
            String subgroup,

            @Schema(description = "Учитель", example = "Кузнецова Е. С.")
            String teacher,

            @Schema(description = "Кабинет", example = "204")
            String room) {}

    @Schema(name = "Week", description = "Неделя дневника")
    public record Week(
            @Schema(description = "Идентификатор учащегося", example = "1041")
            long studentId,

            @Schema(description = "Учащийся", example = "Алексеева Полина Андреевна")
            String studentName,

            @Schema(description = "Класс", example = "7Б") String className,

            @Schema(description = "Понедельник недели", example = "2026-10-12")
            LocalDate monday,

            @Schema(description = "Дни с понедельника по пятницу (и субботу, если в ней есть уроки)")
            List<Day> days,

            @Schema(description = "Расписание ученика на эту неделю")
            List<TimetableEntry> timetable) {}

    @Schema(name = "Period", description = "Учебный период")
    public record Period(
            @Schema(description = "Идентификатор периода", example = "311")
            long id,

            @Schema(description = "Название", example = "1 четверть")
            String name,

            @Schema(description = "Первый день", example = "2026-09-01")
            LocalDate startDate,

            @Schema(description = "Последний день", example = "2026-10-25")
            LocalDate endDate,

            @Schema(description = "Период закрыт: отметки не меняются")
            boolean closed) {}

    @Schema(name = "SubjectMarks", description = "Отметки по предмету за период и почему выходит такая отметка")
    public record SubjectMarks(
            @Schema(description = "Предмет", example = "Алгебра")
            String subject,

            @Schema(description = "Отметки периода по порядку")
            List<Mark> marks,

            @Schema(description = "Средний балл, взвешенный по видам работ (нет для «зачёт/незачёт»)", example = "3.57")
            BigDecimal average,

            @Schema(description = "Сколько отметок учтено", example = "7")
            int markCount,

            @Schema(description = "Предлагаемая отметка за период", example = "4")
            String proposed,

            @Schema(
                    description = "Расчёт: почему выходит эта отметка",
                    example =
                            "(5×1 + 3×3 + 4×1 + …) / 11 = 3,57; дробная часть 0,57 ≥ 0,50 — округляется" + " вверх: 4")
            String working,

            @Schema(description = "Выставленная отметка за период (нет — ещё не выставлена)", example = "4")
            String periodGrade) {}

    @Schema(name = "PeriodReport", description = "Отметки за период по всем предметам и пропуски")
    public record PeriodReport(
            @Schema(description = "Идентификатор учащегося", example = "1041")
            long studentId,

            @Schema(description = "Идентификатор периода", example = "311")
            long periodId,

            @Schema(description = "Период", example = "1 четверть")
            String periodName,

            @Schema(
                    description = "Правило школы для предлагаемой отметки",
                    example = "Средний балл взвешен по видам работ; дробная часть от 0,50 округляется вверх;"
                            + " меньше 3 отметок — «н/а».")
            String roundingRule,

            @Schema(description = "Предметы по алфавиту") List<SubjectMarks> subjects,

            @Schema(description = "Пропущенные уроки по кодам", example = "{\"Н\":0,\"Б\":6,\"У\":0,\"П\":1,\"ОП\":2}")
            Map<String, Long> absences) {}

    @Schema(name = "PeriodGrade", description = "Отметка за период по предмету")
    public record PeriodGrade(
            @Schema(description = "Предмет", example = "Алгебра")
            String subject,

            @Schema(description = "Выставленная отметка (нет — ещё не выставлена)", example = "4")
            String grade,

            @Schema(description = "Предлагаемая по среднему баллу", example = "4")
            String proposed) {}
}
