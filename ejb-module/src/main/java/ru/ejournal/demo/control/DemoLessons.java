package ru.ejournal.demo.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * The demo school's journal: lessons from 1 September to the last day on a weekly timetable, with
 * topics, homework, absences, doctors' notes and marks, and the first quarter's grades. Shares the
 * builder's seeded random, so the order of the calls is part of the demo data.
 */
final class DemoLessons {

    private final EntityManager em;
    private final Random random;
    private final Map<String, Subject> subjects;
    private final Map<String, WorkType> workTypes;
    private final Map<SchoolClass, List<Student>> rosters;

    DemoLessons(
            EntityManager em,
            Random random,
            Map<String, Subject> subjects,
            Map<String, WorkType> workTypes,
            Map<SchoolClass, List<Student>> rosters) {
        this.em = em;
        this.random = random;
        this.subjects = subjects;
        this.workTypes = workTypes;
        this.rosters = rosters;
    }

    /** A weekly timetable: each subject's lessons spread over Monday–Friday, periods 1–6. */
    void lessons(
            SchoolClass c,
            List<StudyPeriod> quarters,
            LocalDate lastDay,
            Map<String, StaffMember> teacherOf,
            List<Subgroup> englishGroups,
            LocalDate today) {
        List<List<DemoSubjects.SubjectPlan>> week = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            week.add(new ArrayList<>());
        }
        int slot = c.getGrade();
        for (DemoSubjects.SubjectPlan plan : DemoSubjects.PLAN) {
            for (int n = 0; n < plan.perWeek(); n++) {
                week.get(slot++ % 5).add(plan);
            }
        }
        Map<String, Integer> taught = new HashMap<>();
        List<Student> roster = rosters.get(c);
        Map<Student, LocalDate[]> illness = illnesses(roster, quarters.get(0).getStartDate(), lastDay);
        for (StudyPeriod quarter : quarters.subList(0, 2)) {
            for (LocalDate day = quarter.getStartDate();
                    !day.isAfter(quarter.getEndDate()) && !day.isAfter(lastDay);
                    day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                List<DemoSubjects.SubjectPlan> plans =
                        week.get(day.getDayOfWeek().getValue() - 1);
                for (int p = 0; p < plans.size(); p++) {
                    DemoSubjects.SubjectPlan plan = plans.get(p);
                    int number = taught.merge(plan.code(), 1, Integer::sum);
                    if (plan.code().equals("ENG") && !englishGroups.isEmpty()) {
                        for (Subgroup g : englishGroups) {
                            lesson(
                                    c,
                                    g,
                                    plan,
                                    g.getTeacher(),
                                    day,
                                    p + 1,
                                    number,
                                    roster.stream()
                                            .filter(g.getMembers()::contains)
                                            .toList(),
                                    illness,
                                    today);
                        }
                    } else {
                        lesson(c, null, plan, teacherOf.get(plan.code()), day, p + 1, number, roster, illness, today);
                    }
                }
            }
        }
    }

    /** Some students are ill for a few days, with a doctor's note (справка). */
    private Map<Student, LocalDate[]> illnesses(List<Student> roster, LocalDate from, LocalDate to) {
        Map<Student, LocalDate[]> ill = new HashMap<>();
        long days = to.toEpochDay() - from.toEpochDay();
        for (Student s : roster) {
            if (days > 10 && random.nextInt(10) < 3) {
                LocalDate start = from.plusDays(5 + random.nextInt((int) days - 8));
                LocalDate end = start.plusDays(1 + random.nextInt(4));
                ill.put(s, new LocalDate[] {start, end});
                AbsenceExcuse excuse = new AbsenceExcuse(
                        s,
                        start,
                        end,
                        ExcuseReason.ILLNESS,
                        "справка",
                        "ivanova",
                        DemoSchoolBuilder.instant(end.plusDays(1)));
                em.persist(excuse);
            }
        }
        return ill;
    }

    private void lesson(
            SchoolClass c,
            Subgroup group,
            DemoSubjects.SubjectPlan plan,
            StaffMember teacher,
            LocalDate day,
            int periodNo,
            int number,
            List<Student> students,
            Map<Student, LocalDate[]> illness,
            LocalDate today) {
        Lesson lesson = new Lesson(c, group, subjects.get(plan.code()), teacher, day, periodNo);
        boolean recent = day.isAfter(today.minusDays(4));
        // A few recent lessons are not filled in yet, so that monitoring has something to report.
        boolean unfilled = recent && random.nextInt(6) == 0;
        if (!unfilled) {
            lesson.setTopic(plan.topics().get((number - 1) / 4 % plan.topics().size()));
            lesson.setTopicEnteredAt(DemoSchoolBuilder.instant(day));
            lesson.setHomework(
                    plan.code().equals("PE") || plan.code().equals("MUS")
                            ? null
                            : "§ " + (1 + number / 2) + ", упр. " + (10 + number * 3 % 90));
            lesson.setAttendanceTaken(true);
            lesson.setAttendanceTakenAt(DemoSchoolBuilder.instant(day));
        }
        String workType = number % 8 == 0 ? "CONTROL" : number % 4 == 0 ? "INDEPENDENT" : "ORAL";
        lesson.setWorkType(workTypes.get(workType));
        em.persist(lesson);
        if (unfilled) {
            return;
        }
        for (Student s : students) {
            AbsenceCode absence = absence(s, day, illness, recent);
            if (absence != null) {
                em.persist(new Absence(lesson, s, absence, "demo", DemoSchoolBuilder.instant(day)));
                if (absence != AbsenceCode.OP) {
                    continue;
                }
            }
            boolean marked = workType.equals("ORAL") ? random.nextInt(5) == 0 : random.nextInt(10) < 9;
            if (marked) {
                em.persist(new Mark(
                        lesson, s, markValue(s, plan), lesson.getWorkType(), "demo", DemoSchoolBuilder.instant(day)));
            }
        }
    }

    private AbsenceCode absence(Student s, LocalDate day, Map<Student, LocalDate[]> illness, boolean recent) {
        LocalDate[] ill = illness.get(s);
        if (ill != null && !day.isBefore(ill[0]) && !day.isAfter(ill[1])) {
            return AbsenceCode.B;
        }
        int r = random.nextInt(1000);
        if (r < 4) {
            return AbsenceCode.P;
        }
        if (r < 10) {
            return AbsenceCode.OP;
        }
        if (r < 14) {
            return AbsenceCode.U;
        }
        return recent && r < 30 ? AbsenceCode.N : null;
    }

    /** Each student has a steady ability, so that averages differ between students. */
    private String markValue(Student s, DemoSubjects.SubjectPlan plan) {
        if (plan.grading() == Grading.PASS_FAIL) {
            return random.nextInt(20) == 0 ? "НЕЗАЧ" : "ЗАЧ";
        }
        double ability = 2.8 + (Math.abs((s.getLastName() + s.getFirstName()).hashCode()) % 100) / 45.0;
        long value = Math.round(ability + random.nextGaussian() * 0.8);
        return String.valueOf(Math.max(2, Math.min(5, value)));
    }

    /** Quarter grades from the weighted average; history in 9В is left for the teacher to enter. */
    void periodGrades(StudyPeriod quarter, LocalDate lastDay) {
        if (!lastDay.isAfter(quarter.getEndDate())) {
            return;
        }
        em.flush();
        for (Map.Entry<SchoolClass, List<Student>> entry : rosters.entrySet()) {
            for (Subject subject : subjects.values()) {
                if (entry.getKey().getGrade() == 9 && subject.getCode().equals("HIST")) {
                    continue;
                }
                for (Student s : entry.getValue()) {
                    String grade = proposedGrade(s, subject, quarter);
                    em.persist(new PeriodGrade(
                            s,
                            subject,
                            quarter,
                            PeriodGradeKind.PERIOD,
                            grade,
                            "demo",
                            DemoSchoolBuilder.instant(quarter.getEndDate())));
                }
            }
        }
    }

    private String proposedGrade(Student s, Subject subject, StudyPeriod quarter) {
        List<Object[]> marks = em.createQuery("""
                        select m.value, m.weight from Mark m
                        where m.student = :s and m.lesson.subject = :subject
                          and m.lesson.lessonDate between :from and :to""", Object[].class)
                .setParameter("s", s)
                .setParameter("subject", subject)
                .setParameter("from", quarter.getStartDate())
                .setParameter("to", quarter.getEndDate())
                .getResultList();
        if (subject.getGrading() == Grading.PASS_FAIL) {
            return marks.stream().anyMatch(m -> "НЕЗАЧ".equals(m[0])) && marks.size() < 3 ? "НЕЗАЧ" : "ЗАЧ";
        }
        if (marks.size() < 3) {
            return "НА";
        }
        BigDecimal sum = BigDecimal.ZERO;
        int weights = 0;
        for (Object[] m : marks) {
            int weight = ((Number) m[1]).intValue();
            sum = sum.add(BigDecimal.valueOf((long) Integer.parseInt((String) m[0]) * weight));
            weights += weight;
        }
        return sum.divide(BigDecimal.valueOf(weights), 0, RoundingMode.HALF_UP).toPlainString();
    }
}
