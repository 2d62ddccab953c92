package ru.ejournal.letter.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.diary.boundary.ChildOption;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.control.Averages.Weighted;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.letter.control.LetterPdf;
import ru.ejournal.messaging.boundary.Addressee;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.PersonalDataAudit;
import ru.ejournal.security.entity.PersonalDataKind;
import ru.ejournal.student.entity.Student;

/**
 * «Информационное письмо для родителей» (D9): for a student (or a whole class) and a study period or a
 * date range within the school year, the marks per subject with averages (and, for a period, grades), the
 * absences by kind and the class teacher's comment, as a PDF or as a message to the parents. The figures
 * of a whole class come from a few set-based queries.
 */
@Stateless
public class LetterService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FROM_REQUIRED = "{letter.from.required}";
    private static final String TO_REQUIRED = "{letter.to.required}";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    MessageService messages;

    @Inject
    PersonalDataAudit audit;

    /** The studying students of a class, for the letter's student selector. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<ChildOption> students(@NotNull(message = "{letter.class.required}") Long classId) {
        access.checkClass(classId, Intent.WRITE);
        return em.createQuery("""
                select s.id, s.lastName, s.firstName, s.patronymic from Student s where s.schoolClass.id = :classId
                and s.status = ru.ejournal.student.entity.StudentStatus.STUDYING
                order by s.lastName, s.firstName, s.patronymic""", Object[].class)
                .setParameter("classId", classId)
                .getResultStream()
                .map(r -> new ChildOption((Long) r[0], PersonName.full((String) r[1], (String) r[2], (String) r[3])))
                .toList();
    }

    /** The study periods of the class's year. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<PeriodOption> periods(@NotNull(message = "{letter.class.required}") Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        return em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", schoolClass.getAcademicYear().getId())
                .getResultStream()
                .map(p -> new PeriodOption(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(), p.isClosed()))
                .toList();
    }

    /** The letter of one student: the class teacher, the administration or the student's parent. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR, PARENT})
    public LetterData studentLetter(
            @NotNull(message = "{letter.student.required}") Long studentId,
            @NotNull(message = "{letter.period.required}") Long periodId,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        Student student = access.checkStudent(
                studentId, access.callerHas(ru.ejournal.security.entity.Role.PARENT) ? Intent.READ : Intent.WRITE);
        audit.viewed(PersonalDataKind.LETTER, studentId);
        return letters(
                student.getSchoolClass(), List.of(studentId), period(student.getSchoolClass(), periodId), comment);
    }

    /** The letter of one student for the days {@code from}–{@code to} of the class's school year. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR, PARENT})
    public LetterData studentLetter(
            @NotNull(message = "{letter.student.required}") Long studentId,
            @NotNull(message = FROM_REQUIRED) LocalDate from,
            @NotNull(message = TO_REQUIRED) LocalDate to,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        Student student = access.checkStudent(
                studentId, access.callerHas(ru.ejournal.security.entity.Role.PARENT) ? Intent.READ : Intent.WRITE);
        audit.viewed(PersonalDataKind.LETTER, studentId);
        return letters(
                student.getSchoolClass(), List.of(studentId), range(student.getSchoolClass(), from, to), comment);
    }

    /** The letters of every studying student of a class, one page each. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public LetterData classLetters(
            @NotNull(message = "{letter.class.required}") Long classId,
            @NotNull(message = "{letter.period.required}") Long periodId,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        audit.viewed(PersonalDataKind.CLASS_LETTERS, classId);
        return letters(schoolClass, studying(classId), period(schoolClass, periodId), comment);
    }

    /** The letters of every studying student of a class for the days {@code from}–{@code to}, one page each. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public LetterData classLetters(
            @NotNull(message = "{letter.class.required}") Long classId,
            @NotNull(message = FROM_REQUIRED) LocalDate from,
            @NotNull(message = TO_REQUIRED) LocalDate to,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        audit.viewed(PersonalDataKind.CLASS_LETTERS, classId);
        return letters(schoolClass, studying(classId), range(schoolClass, from, to), comment);
    }

    /**
     * Checks a date range for the letters of a class before a PDF is asked for: both dates, the start not
     * after the end, both within the class's school year. Throws {@link BusinessException} with the reason.
     */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public void checkRange(
            @NotNull(message = "{letter.class.required}") Long classId,
            @NotNull(message = FROM_REQUIRED) LocalDate from,
            @NotNull(message = TO_REQUIRED) LocalDate to) {
        range(access.checkClass(classId, Intent.WRITE), from, to);
    }

    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR, PARENT})
    public byte[] studentPdf(
            @NotNull(message = "{letter.student.required}") Long studentId,
            @NotNull(message = "{letter.period.required}") Long periodId,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        return new LetterPdf().render(studentLetter(studentId, periodId, comment));
    }

    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public byte[] classPdf(
            @NotNull(message = "{letter.class.required}") Long classId,
            @NotNull(message = "{letter.period.required}") Long periodId,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        return new LetterPdf().render(classLetters(classId, periodId, comment));
    }

    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR, PARENT})
    public byte[] studentPdf(
            @NotNull(message = "{letter.student.required}") Long studentId,
            @NotNull(message = FROM_REQUIRED) LocalDate from,
            @NotNull(message = TO_REQUIRED) LocalDate to,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        return new LetterPdf().render(studentLetter(studentId, from, to, comment));
    }

    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public byte[] classPdf(
            @NotNull(message = "{letter.class.required}") Long classId,
            @NotNull(message = FROM_REQUIRED) LocalDate from,
            @NotNull(message = TO_REQUIRED) LocalDate to,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        return new LetterPdf().render(classLetters(classId, from, to, comment));
    }

    /** Sends the letter's text to the student's parents as an internal message; returns the message id. */
    @RolesAllowed(CLASS_TEACHER)
    public long sendToParents(
            @NotNull(message = "{letter.student.required}") Long studentId,
            @NotNull(message = "{letter.period.required}") Long periodId,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        return send(studentId, studentLetter(studentId, periodId, comment));
    }

    /** Sends the letter for the days {@code from}–{@code to} to the student's parents; returns the message id. */
    @RolesAllowed(CLASS_TEACHER)
    public long sendToParents(
            @NotNull(message = "{letter.student.required}") Long studentId,
            @NotNull(message = FROM_REQUIRED) LocalDate from,
            @NotNull(message = TO_REQUIRED) LocalDate to,
            @Size(max = 2000, message = "{letter.comment.size}") String comment) {
        return send(studentId, studentLetter(studentId, from, to, comment));
    }

    private long send(Long studentId, LetterData data) {
        List<String> keys = messages.addressBook().stream()
                .filter(a -> studentId.equals(a.studentId()))
                .map(Addressee::key)
                .toList();
        if (keys.isEmpty()) {
            throw new BusinessException("letter.noParentAccount");
        }
        return messages.send(
                keys,
                Texts.text("letter.message.subject", data.periodTitle()),
                text(data, data.students().get(0)));
    }

    /** The letter as plain text, for a message. */
    static String text(LetterData data, LetterData.StudentLetter s) {
        StringBuilder t = new StringBuilder();
        t.append(Texts.text("letter.message.intro", s.name(), data.className(), data.periodTitle()));
        for (LetterData.SubjectRow row : s.subjects()) {
            t.append(row.subject())
                    .append(": ")
                    .append(row.marks().isEmpty() ? Texts.text("letter.message.noMarks") : row.marks());
            if (row.average() != null) {
                t.append(Texts.text(
                        "letter.message.average",
                        row.average()
                                .setScale(2, RoundingMode.HALF_UP)
                                .toPlainString()
                                .replace('.', ',')));
            }
            if (row.grade() != null) {
                t.append(Texts.text(
                        "letter.message.grade", row.grade(), row.proposed() ? Texts.text("letter.proposed") : ""));
            }
            t.append('\n');
        }
        LetterData.Absences a = s.absences();
        t.append(Texts.text(
                "letter.message.absences", a.missed(), a.ill(), a.excused(), a.unexcused(), a.unexplained(), a.late()));
        if (data.comment() != null && !data.comment().isBlank()) {
            t.append(Texts.text("letter.message.comment", data.comment().strip()));
        }
        t.append("\n\n")
                .append(
                        data.classTeacher() == null
                                ? ""
                                : Texts.text("letter.message.classTeacher", data.classTeacher()));
        return t.toString();
    }

    /** The days a letter covers: a study period (whose grades it shows) or a range of dates. */
    private record Span(LocalDate from, LocalDate to, Long periodId, String title) {}

    private List<Long> studying(Long classId) {
        return em.createQuery("""
                select s.id from Student s where s.schoolClass.id = :classId
                and s.status = ru.ejournal.student.entity.StudentStatus.STUDYING
                order by s.lastName, s.firstName, s.patronymic""", Long.class).setParameter("classId", classId).getResultList();
    }

    private Span period(SchoolClass schoolClass, Long periodId) {
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getAcademicYear().equals(schoolClass.getAcademicYear())) {
            throw new BusinessException("letter.period.notOfClassYear");
        }
        return new Span(
                period.getStartDate(),
                period.getEndDate(),
                period.getId(),
                period.getName() + " (" + period.getStartDate().format(DATE) + " — "
                        + period.getEndDate().format(DATE) + ")");
    }

    private Span range(SchoolClass schoolClass, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BusinessException("letter.range.fromAfterTo", from.format(DATE), to.format(DATE));
        }
        LocalDate yearStart = schoolClass.getAcademicYear().getStartDate();
        LocalDate yearEnd = schoolClass.getAcademicYear().getEndDate();
        if (from.isBefore(yearStart) || to.isAfter(yearEnd)) {
            throw new BusinessException("letter.range.outsideYear", yearStart.format(DATE), yearEnd.format(DATE));
        }
        return new Span(from, to, null, Texts.text("letter.range.title", from.format(DATE), to.format(DATE)));
    }

    private LetterData letters(SchoolClass schoolClass, List<Long> studentIds, Span span, String comment) {
        School school = schoolClass.getSchool();
        LocalDate from = span.from();
        LocalDate to = span.to();
        boolean withGrades = span.periodId() != null;
        List<Long> ids = studentIds.isEmpty() ? List.of(-1L) : studentIds;

        Map<Long, String> names = new HashMap<>();
        em.createQuery(
                        "select s.id, s.lastName, s.firstName, s.patronymic from Student s where s.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> names.put((Long) r[0], PersonName.full((String) r[1], (String) r[2], (String) r[3])));
        Map<Long, String> subjects = new LinkedHashMap<>();
        Map<Long, Boolean> passFail = new HashMap<>();
        em.createQuery("""
                select distinct s.id, s.name, s.grading from TeachingAssignment a join a.subject s
                where a.schoolClass.id = :classId order by s.name""", Object[].class)
                .setParameter("classId", schoolClass.getId())
                .getResultStream()
                .forEach(r -> {
                    subjects.put((Long) r[0], (String) r[1]);
                    passFail.put((Long) r[0], r[2] == Grading.PASS_FAIL);
                });
        Map<Long, Map<Long, List<Weighted>>> marks = new HashMap<>();
        em.createQuery("""
                select m.student.id, l.subject.id, m.value, m.weight from Mark m join m.lesson l
                where m.student.id in :ids and l.cancelled = false
                  and l.lessonDate between :from and :to
                order by l.lessonDate, l.periodNo, m.enteredAt, m.id""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(r -> marks.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                        .add(new Weighted((String) r[2], (Integer) r[3])));
        Map<Long, Map<Long, String>> grades = new HashMap<>();
        if (withGrades) {
            em.createQuery("""
                    select g.student.id, g.subject.id, g.value from PeriodGrade g
                    where g.studyPeriod.id = :periodId and g.student.id in :ids""", Object[].class)
                    .setParameter("periodId", span.periodId())
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> grades.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                            .put((Long) r[1], MarkValue.display((String) r[2])));
        }
        Map<Long, Map<AbsenceCode, Long>> absences = new HashMap<>();
        em.createQuery("""
                select a.student.id, a.code, count(a) from Absence a join a.lesson l
                where a.student.id in :ids and l.lessonDate between :from and :to
                group by a.student.id, a.code""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(r -> absences.computeIfAbsent((Long) r[0], k -> new EnumMap<>(AbsenceCode.class))
                        .put((AbsenceCode) r[1], (Long) r[2]));

        List<LetterData.StudentLetter> letters = new ArrayList<>();
        for (Long id : studentIds) {
            List<LetterData.SubjectRow> rows = new ArrayList<>();
            Map<Long, List<Weighted>> own = marks.getOrDefault(id, Map.of());
            Map<Long, String> ownGrades = grades.getOrDefault(id, Map.of());
            for (Map.Entry<Long, String> subject : subjects.entrySet()) {
                List<Weighted> list = own.getOrDefault(subject.getKey(), List.of());
                MarkSummary summary = Averages.summarize(
                        list,
                        school.getRoundingThreshold(),
                        school.getMinMarksPerPeriod(),
                        passFail.get(subject.getKey()));
                String set = ownGrades.get(subject.getKey());
                rows.add(new LetterData.SubjectRow(
                        subject.getValue(),
                        list.stream().map(w -> MarkValue.display(w.value())).collect(Collectors.joining(" ")),
                        summary.average(),
                        !withGrades ? null : set != null ? set : MarkValue.display(summary.proposed()),
                        withGrades && set == null));
            }
            Map<AbsenceCode, Long> a = absences.getOrDefault(id, Map.of());
            long ill = a.getOrDefault(AbsenceCode.B, 0L);
            long excused = a.getOrDefault(AbsenceCode.U, 0L);
            long unexcused = a.getOrDefault(AbsenceCode.P, 0L);
            long unexplained = a.getOrDefault(AbsenceCode.N, 0L);
            letters.add(new LetterData.StudentLetter(
                    id,
                    names.get(id),
                    rows,
                    new LetterData.Absences(
                            ill + excused + unexcused + unexplained,
                            ill,
                            excused,
                            unexcused,
                            unexplained,
                            a.getOrDefault(AbsenceCode.OP, 0L))));
        }
        String teacher = schoolClass.getClassTeacher() == null
                ? null
                : schoolClass.getClassTeacher().shortName();
        return new LetterData(
                school.getName(),
                school.getAddress(),
                schoolClass.getName(),
                teacher,
                span.title(),
                withGrades,
                comment == null || comment.isBlank() ? null : comment.strip(),
                letters);
    }
}
