package ru.ejournal.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ejournal.diary.boundary.DiaryMark;
import ru.ejournal.diary.boundary.DiaryPeriod;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.diary.boundary.DiaryWeek;
import ru.ejournal.timetable.boundary.TimetableLine;
import ru.ejournal.web.api.v1.DiaryTypes.Absence;
import ru.ejournal.web.api.v1.DiaryTypes.Child;
import ru.ejournal.web.api.v1.DiaryTypes.Day;
import ru.ejournal.web.api.v1.DiaryTypes.Lesson;
import ru.ejournal.web.api.v1.DiaryTypes.Mark;
import ru.ejournal.web.api.v1.DiaryTypes.Period;
import ru.ejournal.web.api.v1.DiaryTypes.PeriodGrade;
import ru.ejournal.web.api.v1.DiaryTypes.PeriodReport;
import ru.ejournal.web.api.v1.DiaryTypes.SubjectMarks;
import ru.ejournal.web.api.v1.DiaryTypes.TimetableEntry;
import ru.ejournal.web.api.v1.DiaryTypes.Week;

/**
 * The e-diary of the caller's children, read only: what the diary page shows, from the same service
 * ({@link DiaryService}) with the same object check (a parent reads only their own children, a student only
 * themself; anything else is 403).
 */
@Path("v1/children")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@APIResponse(responseCode = "401", description = "Нет токена, токен неверный, отозван или истёк")
@APIResponse(
        responseCode = "403",
        description = "Не родитель этого ребёнка и не сам учащийся; учётная запись не родителя и не учащегося;"
                + " одноразовый пароль ещё не сменён")
public class ChildrenResource {

    @Inject
    DiaryService diary;

    @GET
    @Tag(name = "Дети")
    @Operation(
            summary = "Мои дети",
            description = "Дети родителя (или сам учащийся): их идентификаторы нужны остальным запросам.")
    @APIResponse(responseCode = "200", description = "Список детей")
    public List<Child> children() {
        return diary.children().stream().map(c -> new Child(c.id(), c.label())).toList();
    }

    @GET
    @Path("{studentId}/week")
    @Tag(name = "Дневник")
    @Operation(
            summary = "Неделя дневника",
            description = "Уроки недели, содержащей дату: тема, домашнее задание, отметки с видом работы, весом и"
                    + " датой, пропуски с кодами; расписание ученика на эту неделю. Просмотр родителем или"
                    + " учащимся записывается в журнал посещений, как на странице дневника.")
    @APIResponse(responseCode = "200", description = "Неделя")
    @APIResponse(responseCode = "400", description = "Дата не в формате ГГГГ-ММ-ДД")
    public Week week(
            @Parameter(description = "Идентификатор учащегося", example = "1041") @PathParam("studentId")
                    long studentId,
            @Parameter(description = "Любой день недели (ГГГГ-ММ-ДД); по умолчанию сегодня", example = "2026-10-14")
                    @QueryParam("date")
                    String date) {
        DiaryWeek week = diary.week(studentId, day(date));
        return new Week(
                week.studentId(),
                week.studentName(),
                week.className(),
                week.monday(),
                week.days().stream()
                        .map(d -> new Day(
                                d.date(),
                                d.lessons().stream()
                                        .map(ChildrenResource::lesson)
                                        .toList()))
                        .toList(),
                timetable(week.timetable()));
    }

    @GET
    @Path("{studentId}/periods")
    @Tag(name = "Дневник")
    @Operation(
            summary = "Учебные периоды",
            description = "Периоды учебного года ученика (четверти, триместры, полугодия, год), затем периоды"
                    + " прошлых лет в этой школе.")
    @APIResponse(responseCode = "200", description = "Периоды")
    public List<Period> periods(
            @Parameter(description = "Идентификатор учащегося", example = "1041") @PathParam("studentId")
                    long studentId) {
        return diary.periods(studentId).stream()
                .map(p -> new Period(p.id(), p.name(), p.startDate(), p.endDate(), p.closed()))
                .toList();
    }

    @GET
    @Path("{studentId}/periods/{periodId}")
    @Tag(name = "Дневник")
    @Operation(
            summary = "Отметки за период",
            description = "По каждому предмету: отметки с видом работы и весом, взвешенный средний балл,"
                    + " предлагаемая отметка с расчётом («почему 4») и выставленная отметка за период;"
                    + " пропуски по кодам.")
    @APIResponse(responseCode = "200", description = "Отметки периода")
    @APIResponse(responseCode = "400", description = "Период не относится к учебному году ученика")
    public PeriodReport period(
            @Parameter(description = "Идентификатор учащегося", example = "1041") @PathParam("studentId")
                    long studentId,
            @Parameter(description = "Идентификатор периода", example = "311") @PathParam("periodId") long periodId) {
        DiaryPeriod p = diary.period(studentId, periodId);
        return new PeriodReport(
                p.studentId(),
                p.periodId(),
                p.periodName(),
                p.roundingRule(),
                p.subjects().stream().map(ChildrenResource::subject).toList(),
                p.absences());
    }

    @GET
    @Path("{studentId}/periods/{periodId}/subjects/{subject}")
    @Tag(name = "Дневник")
    @Operation(
            summary = "Отметки по предмету за период",
            description = "Отметки одного предмета и расчёт предлагаемой отметки: «почему выходит 4».")
    @APIResponse(responseCode = "200", description = "Отметки предмета")
    @APIResponse(responseCode = "404", description = "У ученика нет такого предмета в этом периоде")
    public SubjectMarks subject(
            @Parameter(description = "Идентификатор учащегося", example = "1041") @PathParam("studentId")
                    long studentId,
            @Parameter(description = "Идентификатор периода", example = "311") @PathParam("periodId") long periodId,
            @Parameter(description = "Название предмета", example = "Алгебра") @PathParam("subject") String subject) {
        return diary.period(studentId, periodId).subjects().stream()
                .filter(s -> s.subject().equalsIgnoreCase(subject.strip()))
                .findFirst()
                .map(ChildrenResource::subject)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{studentId}/periods/{periodId}/grades")
    @Tag(name = "Дневник")
    @Operation(
            summary = "Отметки за период по предметам",
            description =
                    "Выставленные четвертные (триместровые, годовые) отметки и предлагаемые по среднему" + " баллу.")
    @APIResponse(responseCode = "200", description = "Отметки за период")
    public List<PeriodGrade> grades(
            @Parameter(description = "Идентификатор учащегося", example = "1041") @PathParam("studentId")
                    long studentId,
            @Parameter(description = "Идентификатор периода", example = "311") @PathParam("periodId") long periodId) {
        return diary.period(studentId, periodId).subjects().stream()
                .map(s -> new PeriodGrade(
                        s.subject(), s.periodGrade(), s.summary().proposed()))
                .toList();
    }

    @GET
    @Path("{studentId}/timetable")
    @Tag(name = "Дневник")
    @Operation(
            summary = "Расписание",
            description = "Недельное расписание ученика (уроки класса и его подгрупп), действующее в неделю даты.")
    @APIResponse(responseCode = "200", description = "Расписание")
    public List<TimetableEntry> timetable(
            @Parameter(description = "Идентификатор учащегося", example = "1041") @PathParam("studentId")
                    long studentId,
            @Parameter(description = "Любой день недели (ГГГГ-ММ-ДД); по умолчанию сегодня", example = "2026-10-14")
                    @QueryParam("date")
                    String date) {
        return timetable(diary.timetable(studentId, day(date)));
    }

    private static LocalDate day(String date) {
        return date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date.strip());
    }

    private static Lesson lesson(DiaryWeek.Entry e) {
        return new Lesson(
                e.lessonId(),
                e.periodNo(),
                e.subject(),
                e.topic(),
                e.homework(),
                marks(e.marks()),
                e.absence() == null ? null : new Absence(e.absence()),
                e.cancelled(),
                e.cancelReason());
    }

    private static SubjectMarks subject(DiaryPeriod.SubjectLine s) {
        return new SubjectMarks(
                s.subject(),
                marks(s.marks()),
                s.summary().average(),
                s.summary().markCount(),
                s.summary().proposed(),
                s.summary().working(),
                s.periodGrade());
    }

    private static List<Mark> marks(List<DiaryMark> marks) {
        return marks.stream()
                .map(m -> new Mark(m.value(), m.workType(), m.weight(), m.date()))
                .toList();
    }

    private static List<TimetableEntry> timetable(List<TimetableLine> lines) {
        return lines.stream()
                .map(t -> new TimetableEntry(
                        t.dayOfWeek(), t.lessonNo(), t.subject(), t.subgroup(), t.teacher(), t.room()))
                .toList();
    }
}
