package ru.ejournal.it.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic region in the exchange format, the same files for the same seed: size S (1
 * school), M (50 schools, 25,000 students) or L (500 schools), 25 students a class, the first
 * quarter of 2025/2026 (8 weeks, 5 lessons a day, English in two subgroups).
 *
 * <pre>java -cp ear/target/test-classes ru.ejournal.it.batch.RegionGenerator M /data/region-m [prefix] [seed]</pre>
 */
public final class RegionGenerator {

    static final LocalDate QUARTER_START = LocalDate.of(2025, 9, 1);
    static final LocalDate QUARTER_END = LocalDate.of(2025, 10, 26);
    static final String[][] SUBJECTS = {
        {"RUS", "Русский язык", "MARKS"},
        {"MATH", "Математика", "MARKS"},
        {"ENG", "Английский язык", "MARKS"},
        {"HIST", "История", "MARKS"},
        {"BIO", "Биология", "MARKS"},
        {"PE", "Физическая культура", "PASS_FAIL"}
    };
    static final String[][] WORK_TYPES = {
        {"ORAL", "1"}, {"ORAL", "1"}, {"ORAL", "1"}, {"TEST", "2"}, {"TEST", "2"}, {"CONTROL", "3"}
    };
    static final String[] ABSENCE_CODES = {"Н", "Н", "Н", "Н", "Н", "Б", "У", "П", "П", "ОП", "ОП"};
    static final String[] MARKS = {"1", "2", "2", "3", "3", "3", "4", "4", "4", "4", "5", "5", "5"};
    static final String[] LAST = {
        "Иванов",
        "Петров",
        "Сидоров",
        "Кузнецов",
        "Смирнов",
        "Попов",
        "Волков",
        "Соколов",
        "Лебедев",
        "Козлов",
        "Новиков",
        "Морозов"
    };
    static final String[] FIRST_M = {"Артём", "Иван", "Максим", "Егор", "Михаил", "Даниил", "Кирилл", "Илья"};
    static final String[] FIRST_F = {"Анна", "Мария", "Софья", "Алиса", "Виктория", "Полина", "Дарья", "Ева"};
    static final String[] PATRONYMIC_M = {"Иванович", "Сергеевич", "Андреевич", "Петрович"};
    static final String[] PATRONYMIC_F = {"Ивановна", "Сергеевна", "Андреевна", "Петровна"};

    private final Random random;
    private final Map<String, BufferedWriter> out = new HashMap<>();
    private final Path dir;

    private RegionGenerator(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RegionGenerator S|M|L|LOAD <directory> [prefix] [seed]");
            System.exit(2);
        }
        String prefix = args.length > 2 ? args[2] : "R";
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026L;
        long started = System.nanoTime();
        generate(args[0], Path.of(args[1]), prefix, seed);
        System.out.printf("region %s written to %s in %.1f s%n", args[0], args[1], (System.nanoTime() - started) / 1e9);
    }

    /** Schools and classes per school of a size. */
    static int[] dimensions(String size) {
        return switch (size.toUpperCase(Locale.ROOT)) {
            case "S" -> new int[] {1, 4};
            case "M" -> new int[] {50, 20};
            case "L" -> new int[] {500, 20};
            // the term-end load test's school (ear/bench/term-end-load.sh): 1,250 pupils and parents, 50 teachers
            case "LOAD" -> new int[] {1, 50};
            default -> throw new IllegalArgumentException("size S, M, L or LOAD: " + size);
        };
    }

    public static void generate(String size, Path dir, String prefix, long seed) throws IOException {
        Files.createDirectories(dir);
        RegionGenerator g = new RegionGenerator(dir, seed);
        try {
            int[] dim = dimensions(size);
            for (int s = 1; s <= dim[0]; s++) {
                g.school(String.format("%s%03d", prefix, s), dim[1]);
            }
        } finally {
            g.close();
        }
    }

    private void school(String school, int classes) throws IOException {
        row("schools.csv", school, "Школа " + school + ", г. Энск");
        row("periods.csv", school, "Q1", "1 четверть", QUARTER_START.toString(), QUARTER_END.toString());
        int teachers = Math.max(8, classes);
        String[] logins = new String[teachers];
        for (int t = 0; t < teachers; t++) {
            logins[t] = school.toLowerCase(Locale.ROOT) + "-t" + String.format("%02d", t + 1);
            row(
                    "staff.csv",
                    school,
                    logins[t],
                    LAST[t % LAST.length] + "а",
                    FIRST_F[t % FIRST_F.length],
                    PATRONYMIC_F[t % PATRONYMIC_F.length],
                    t < classes ? "CLASS_TEACHER SUBJECT_TEACHER" : "SUBJECT_TEACHER");
        }
        row(
                "staff.csv",
                school,
                school.toLowerCase(Locale.ROOT) + "-zavuch",
                "Соколова",
                "Ирина",
                "Анатольевна",
                "DEPUTY_DIRECTOR SUBJECT_TEACHER");
        for (String[] subject : SUBJECTS) {
            row("subjects.csv", school, subject[0], subject[1], subject[2]);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = QUARTER_START; !d.isAfter(QUARTER_END); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        int studentNo = 0;
        int lessonNo = 0;
        int excuseNo = 0;
        for (int k = 0; k < classes; k++) {
            int grade = 5 + k % 7;
            String classCode = grade + "" + "АБВГДЕЖИК".charAt(k / 7);
            row("classes.csv", school, classCode, Integer.toString(grade), logins[k % teachers]);
            String[] students = new String[25];
            for (int i = 0; i < students.length; i++) {
                students[i] = String.format("S%05d", ++studentNo);
                boolean female = random.nextBoolean();
                LocalDate birth = LocalDate.of(2025 - grade - 6, 1 + random.nextInt(12), 1 + random.nextInt(28));
                row(
                        "students.csv",
                        school,
                        students[i],
                        classCode,
                        LAST[random.nextInt(LAST.length)] + (female ? "а" : ""),
                        (female ? FIRST_F : FIRST_M)[random.nextInt(8)],
                        (female ? PATRONYMIC_F : PATRONYMIC_M)[random.nextInt(4)],
                        birth.toString(),
                        female ? "F" : "M");
                String parent = String.format("P%05d", studentNo);
                row(
                        "parents.csv",
                        school,
                        parent,
                        LAST[random.nextInt(LAST.length)] + "а",
                        FIRST_F[random.nextInt(8)],
                        PATRONYMIC_F[random.nextInt(4)],
                        "+7 900 " + (1000000 + random.nextInt(8999999)),
                        random.nextInt(4) == 0 ? "ООО \"Ромашка\", бухгалтер" : "Школа № " + (1 + random.nextInt(50)));
                row("student_parents.csv", school, students[i], parent, random.nextInt(5) == 0 ? "FATHER" : "MOTHER");
            }
            String[] subgroupCodes = {classCode + "-ENG1", classCode + "-ENG2"};
            String[] subgroupTeachers = {logins[(k + 2) % teachers], logins[(k + 5) % teachers]};
            for (int g = 0; g < 2; g++) {
                row("subgroups.csv", school, subgroupCodes[g], classCode, "ENG", subgroupTeachers[g]);
                for (int i = g * 13; i < (g == 0 ? 13 : 25); i++) {
                    row("subgroup_members.csv", school, subgroupCodes[g], students[i]);
                }
            }
            Map<String, LocalDate[]> excuses = new HashMap<>();
            for (String student : students) {
                if (random.nextInt(5) == 0) {
                    LocalDate from = days.get(random.nextInt(days.size()));
                    LocalDate to = from.plusDays(random.nextInt(3));
                    excuses.put(student, new LocalDate[] {from, to});
                    row(
                            "excuses.csv",
                            school,
                            student,
                            from.toString(),
                            to.toString(),
                            random.nextInt(10) < 7 ? "ILLNESS" : "OTHER",
                            "Справка № " + (++excuseNo));
                }
            }
            Map<String, Boolean> awayAllDay = new HashMap<>();
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                for (int p = 1; p <= 5; p++) {
                    String[] subject = SUBJECTS[(d * 5 + p + k) % SUBJECTS.length];
                    int groups = subject[0].equals("ENG") ? 2 : 1;
                    for (int g = 0; g < groups; g++) {
                        String lesson = String.format("L%06d", ++lessonNo);
                        boolean taken = random.nextInt(25) != 0;
                        String teacher = groups == 2
                                ? subgroupTeachers[g]
                                : logins[(k + List.of(SUBJECTS).indexOf(subject)) % teachers];
                        row(
                                "lessons.csv",
                                school,
                                lesson,
                                classCode,
                                groups == 2 ? subgroupCodes[g] : "",
                                subject[0],
                                teacher,
                                day.toString(),
                                Integer.toString(p),
                                random.nextInt(6) == 0 ? "Повторение, закрепление" : "Тема " + (d + 1),
                                Boolean.toString(taken));
                        int fromStudent = groups == 2 ? g * 13 : 0;
                        int toStudent = groups == 2 ? (g == 0 ? 13 : 25) : 25;
                        for (int i = fromStudent; i < toStudent; i++) {
                            String student = students[i];
                            LocalDate[] excuse = excuses.get(student);
                            boolean excused = excuse != null && !day.isBefore(excuse[0]) && !day.isAfter(excuse[1]);
                            boolean away =
                                    excused && awayAllDay.computeIfAbsent(student + day, x -> random.nextInt(5) != 0);
                            String absence = null;
                            if (taken && away) {
                                absence = "Н";
                            } else if (taken && random.nextInt(25) == 0) {
                                absence = ABSENCE_CODES[random.nextInt(ABSENCE_CODES.length)];
                            }
                            if (absence != null) {
                                row("absences.csv", school, lesson, student, absence);
                            }
                            boolean present = absence == null || absence.equals("ОП");
                            if (present && !away && !subject[0].equals("PE") && random.nextInt(5) == 0) {
                                String[] type = WORK_TYPES[random.nextInt(WORK_TYPES.length)];
                                row(
                                        "marks.csv",
                                        school,
                                        lesson,
                                        student,
                                        MARKS[random.nextInt(MARKS.length)],
                                        type[0],
                                        type[1]);
                            }
                        }
                    }
                }
            }
            for (String student : students) {
                for (String[] subject : SUBJECTS) {
                    int r = random.nextInt(20);
                    if (subject[0].equals("PE")) {
                        if (r < 18) {
                            row("period_grades.csv", school, student, "PE", "Q1", r == 0 ? "НЕЗАЧ" : "ЗАЧ");
                        }
                    } else if (r < 6) {
                        row(
                                "period_grades.csv",
                                school,
                                student,
                                subject[0],
                                "Q1",
                                new String[] {"3", "4", "5", "НА", "4", "5"}[r]);
                    }
                }
            }
        }
    }

    private void row(String file, String... fields) throws IOException {
        BufferedWriter w = out.get(file);
        if (w == null) {
            w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
            out.put(file, w);
            write(w, HEADERS.get(file).split(","));
        }
        write(w, fields);
    }

    private static void write(BufferedWriter w, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields[i];
            if (f.contains(",") || f.contains("\"")) {
                w.write('"' + f.replace("\"", "\"\"") + '"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }

    private void close() throws IOException {
        for (String file : HEADERS.keySet()) {
            if (!out.containsKey(file)) {
                try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8)) {
                    write(w, HEADERS.get(file).split(","));
                }
            }
        }
        for (BufferedWriter w : out.values()) {
            w.close();
        }
    }

    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("schools.csv", "school_code,name"),
            Map.entry("periods.csv", "school_code,period_code,name,start_date,end_date"),
            Map.entry("staff.csv", "school_code,login,last_name,first_name,patronymic,roles"),
            Map.entry("classes.csv", "school_code,class_code,grade,class_teacher_login"),
            Map.entry("subjects.csv", "school_code,subject_code,name,grading"),
            Map.entry(
                    "students.csv",
                    "school_code,student_code,class_code,last_name,first_name,patronymic,birth_date,gender"),
            Map.entry("parents.csv", "school_code,parent_code,last_name,first_name,patronymic,phone,workplace"),
            Map.entry("student_parents.csv", "school_code,student_code,parent_code,relation"),
            Map.entry("subgroups.csv", "school_code,subgroup_code,class_code,subject_code,teacher_login"),
            Map.entry("subgroup_members.csv", "school_code,subgroup_code,student_code"),
            Map.entry(
                    "lessons.csv",
                    "school_code,lesson_code,class_code,subgroup_code,subject_code,teacher_login,date,"
                            + "period_no,topic,attendance_taken"),
            Map.entry("absences.csv", "school_code,lesson_code,student_code,code"),
            Map.entry("marks.csv", "school_code,lesson_code,student_code,value,work_type,weight"),
            Map.entry("excuses.csv", "school_code,student_code,date_from,date_to,reason,document"),
            Map.entry("period_grades.csv", "school_code,student_code,subject_code,period_code,value"));
}
