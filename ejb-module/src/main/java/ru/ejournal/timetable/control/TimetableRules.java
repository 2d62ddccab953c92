package ru.ejournal.timetable.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.timetable.entity.Timetable;
import ru.ejournal.timetable.entity.TimetableEntry;

/**
 * The rules of a timetable entry, each refused before anything is stored: a day
 * from Monday to Saturday and a lesson number from 0 to 12; a subject and a teacher of the class's
 * school; a subgroup of the class and of the entry's subject; one entry per slot of the class or of a
 * subgroup (a whole-class lesson leaves the slot to nobody else); a teacher in one place at a time
 * across every class whose timetable is in force at the same time (drafts are checked when approved).
 */
@Dependent
public class TimetableRules {

    public static final int MAX_LESSON_NO = 12;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    /** «понедельник». */
    public static String dayName(int dayOfWeek) {
        return dayName(Texts.RUSSIAN, dayOfWeek);
    }

    /** «понедельник», «Monday». */
    public static String dayName(Locale locale, int dayOfWeek) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Texts.RUSSIAN;
        return DayOfWeek.of(dayOfWeek).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, language);
    }

    /** «понедельник, 3-й урок». */
    public static String slot(int dayOfWeek, int lessonNo) {
        return slot(Texts.RUSSIAN, dayOfWeek, lessonNo);
    }

    /** «понедельник, 3-й урок», «Monday, lesson 3». */
    public static String slot(Locale locale, int dayOfWeek, int lessonNo) {
        return Texts.text(locale, "timetable.slot", dayName(locale, dayOfWeek), lessonNo);
    }

    /** The lesson of the week as a refusal's argument, named in the viewer's language. */
    static Texts.Localized slotOf(int dayOfWeek, int lessonNo) {
        return locale -> slot(locale, dayOfWeek, lessonNo);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public static void checkDayAndNumber(Integer dayOfWeek, Integer lessonNo) {
        if (dayOfWeek == null || dayOfWeek < 1 || dayOfWeek > 6) {
            throw new BusinessException("timetable.entry.dayRange");
        }
        if (lessonNo == null || lessonNo < 0 || lessonNo > MAX_LESSON_NO) {
            throw new BusinessException("timetable.entry.lessonNoRange", MAX_LESSON_NO);
        }
    }

    public Subject subject(School school, Long subjectId) {
        Subject subject = subjectId == null ? null : em.find(Subject.class, subjectId);
        if (subject == null || !subject.getSchool().equals(school)) {
            throw new BusinessException("timetable.entry.subject");
        }
        return subject;
    }

    public StaffMember teacher(School school, Long teacherId) {
        StaffMember teacher = teacherId == null ? null : em.find(StaffMember.class, teacherId);
        if (teacher == null) {
            throw new BusinessException("timetable.entry.teacher");
        }
        if (!teacher.getSchool().equals(school)) {
            throw new BusinessException("timetable.entry.teacherNotStaff", teacher.shortName());
        }
        return teacher;
    }

    /** The subgroup of the entry, or null for the whole class. */
    public Subgroup subgroup(SchoolClass schoolClass, Subject subject, Long subgroupId) {
        if (subgroupId == null) {
            return null;
        }
        Subgroup subgroup = em.find(Subgroup.class, subgroupId);
        if (subgroup == null || !subgroup.getSchoolClass().equals(schoolClass)) {
            throw new BusinessException("timetable.entry.subgroupNotOfClass", schoolClass.getName());
        }
        if (!subgroup.getSubject().equals(subject)) {
            throw new BusinessException(
                    "timetable.entry.subgroupSubject",
                    subgroup.getName(),
                    subgroup.getSubject().getName(),
                    subject.getName());
        }
        return subgroup;
    }

    public static String room(String room) {
        String value = room == null || room.isBlank() ? null : room.strip();
        if (value != null && value.length() > 30) {
            throw new BusinessException("timetable.entry.roomTooLong");
        }
        return value;
    }

    /** One entry per slot of the class or subgroup within the version. */
    public void checkSlotFree(Timetable timetable, TimetableEntry self, int day, int no, Subgroup subgroup) {
        List<TimetableEntry> others = em.createQuery("""
                        select e from TimetableEntry e
                        where e.timetable = :timetable and e.dayOfWeek = :day and e.lessonNo = :no""", TimetableEntry.class)
                .setParameter("timetable", timetable)
                .setParameter("day", day)
                .setParameter("no", no)
                .getResultList();
        for (TimetableEntry other : others) {
            if (self != null && other.getId().equals(self.getId())) {
                continue;
            }
            if (other.getSubgroup() == null || subgroup == null) {
                throw other.getSubgroup() == null
                        ? new BusinessException(
                                "timetable.entry.classBusy",
                                slotOf(day, no),
                                other.getSubject().getName())
                        : new BusinessException(
                                "timetable.entry.classBusy.subgroup",
                                slotOf(day, no),
                                other.getSubject().getName(),
                                other.getSubgroup().getName());
            }
            if (other.getSubgroup().equals(subgroup)) {
                throw new BusinessException("timetable.entry.subgroupBusy", slotOf(day, no), subgroup.getName());
            }
        }
    }

    /**
     * The teacher has no other lesson at this day and number in any timetable in force at the same
     * time as {@code timetable} (the other versions of the same class never overlap it).
     */
    public void checkTeacherFree(Timetable timetable, Long selfId, StaffMember teacher, int day, int no) {
        if (timetable.isDraft()) {
            return;
        }
        List<Object[]> busy = em.createQuery("""
                        select e.id, t.id, c.id, c.code, t.validFrom, s.name from TimetableEntry e
                        join e.timetable t join t.schoolClass c join e.subject s
                        where e.teacher = :teacher and e.dayOfWeek = :day and e.lessonNo = :no
                          and t.draft = false and c.academicYear = :year""", Object[].class)
                .setParameter("teacher", teacher)
                .setParameter("day", day)
                .setParameter("no", no)
                .setParameter("year", timetable.getSchoolClass().getAcademicYear())
                .getResultList();
        busy.removeIf(r -> Objects.equals(r[0], selfId));
        if (busy.isEmpty()) {
            return;
        }
        Map<Long, List<LocalDate>> starts =
                versionStarts(busy.stream().map(r -> (Long) r[2]).distinct().toList());
        starts.computeIfAbsent(
                timetable.getSchoolClass().getId(),
                k -> versionStarts(List.of(k)).get(k));
        LocalDate myFrom = timetable.getValidFrom();
        LocalDate myTo = nextStart(starts.get(timetable.getSchoolClass().getId()), myFrom);
        for (Object[] r : busy) {
            LocalDate from = (LocalDate) r[4];
            LocalDate to = nextStart(starts.get((Long) r[2]), from);
            boolean overlaps = (myTo == null || from.isBefore(myTo)) && (to == null || myFrom.isBefore(to));
            if (overlaps) {
                throw new BusinessException(
                        "timetable.entry.teacherBusy", slotOf(day, no), teacher.shortName(), r[3], r[5], date(from));
            }
        }
    }

    private Map<Long, List<LocalDate>> versionStarts(List<Long> classIds) {
        Map<Long, List<LocalDate>> starts = new HashMap<>();
        for (Long id : classIds) {
            starts.put(id, new java.util.ArrayList<>());
        }
        em.createQuery(
                        "select t.schoolClass.id, t.validFrom from Timetable t where t.schoolClass.id in :ids"
                                + " and t.draft = false order by t.validFrom",
                        Object[].class)
                .setParameter("ids", classIds)
                .getResultStream()
                .forEach(r -> starts.get((Long) r[0]).add((LocalDate) r[1]));
        return starts;
    }

    private static LocalDate nextStart(List<LocalDate> starts, LocalDate from) {
        return starts == null
                ? null
                : starts.stream().filter(d -> d.isAfter(from)).findFirst().orElse(null);
    }
}
