package ru.ejournal.student.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.student.control.BirthDates;
import ru.ejournal.student.control.ClassListReader;
import ru.ejournal.student.control.Phones;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * Import of a class list (students and a parent per row) from CSV or Excel. The preview shows each
 * row's errors and saves nothing; the import enters the file only when it is all valid, or its
 * valid part when the administrator accepts that. A student already in the class (same name and
 * date of birth) is skipped, so importing the same file again creates no duplicates; a parent
 * already in the school (same name and phone) is linked, not entered again.
 */
@Stateless
@RolesAllowed(ADMIN)
public class ClassImportService {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("фамилия", "lastName"),
            Map.entry("имя", "firstName"),
            Map.entry("отчество", "patronymic"),
            Map.entry("датарождения", "birthDate"),
            Map.entry("пол", "gender"),
            Map.entry("адрес", "address"),
            Map.entry("домашнийадрес", "address"),
            Map.entry("телефон", "phone"),
            Map.entry("родительфамилия", "parentLastName"),
            Map.entry("родительимя", "parentFirstName"),
            Map.entry("родительотчество", "parentPatronymic"),
            Map.entry("родительтелефон", "parentPhone"),
            Map.entry("кемприходится", "relation"),
            Map.entry("степеньродства", "relation"));

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    Validator validator;

    /** One parsed row: the student, the parent if any, and what is wrong with it. */
    private record Parsed(
            int line,
            PersonalData student,
            ParentData parent,
            Relation relation,
            List<String> errors,
            boolean exists) {}

    public ImportPreview preview(
            @NotNull(message = "{student.import.classRequired}") Long classId,
            @NotNull(message = "{student.import.fileRequired}") String fileName,
            @NotNull(message = "{student.import.fileRequired}") byte[] content) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        return new ImportPreview(parse(schoolClass, fileName, content).stream()
                .map(ClassImportService::row)
                .toList());
    }

    public ImportResult commit(
            @NotNull(message = "{student.import.classRequired}") Long classId,
            @NotNull(message = "{student.import.fileRequired}") String fileName,
            @NotNull(message = "{student.import.fileRequired}") byte[] content,
            boolean acceptValidPart) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        List<Parsed> rows = parse(schoolClass, fileName, content);
        long errors = rows.stream().filter(r -> !r.errors().isEmpty()).count();
        if (errors > 0 && !acceptValidPart) {
            throw new BusinessException("student.import.hasErrors", errors);
        }
        String by = access.caller().getLogin();
        String reason = Texts.text("student.history.imported", fileName);
        Map<String, Parent> parents = existingParents(schoolClass, rows);
        int students = 0;
        int newParents = 0;
        int linked = 0;
        int skipped = 0;
        for (Parsed r : rows) {
            if (!r.errors().isEmpty() || r.exists()) {
                skipped++;
                continue;
            }
            PersonalData d = r.student();
            Student s = new Student(
                    schoolClass,
                    schoolClass.getCode() + "-I" + UUID.randomUUID().toString().substring(0, 8),
                    d.lastName(),
                    d.firstName(),
                    blank(d.patronymic()));
            s.setBirthDate(d.birthDate());
            s.setGender(d.gender());
            s.setHomeAddress(blank(d.homeAddress()));
            s.setPhone(blank(d.phone()));
            s.setArrivedOn(LocalDate.now());
            em.persist(s);
            history.record(s, Map.of(), by, reason);
            students++;
            if (r.parent() != null) {
                ParentData p = r.parent();
                Parent parent = parents.get(parentKey(p.lastName(), p.firstName(), p.phone()));
                if (parent == null) {
                    parent = new Parent(schoolClass.getSchool(), p.lastName(), p.firstName(), blank(p.patronymic()));
                    parent.setPhone(blank(p.phone()));
                    parent.setHomeAddress(blank(d.homeAddress()));
                    em.persist(parent);
                    history.record(parent, Map.of(), by, reason);
                    parents.put(parentKey(p.lastName(), p.firstName(), p.phone()), parent);
                    newParents++;
                } else {
                    linked++;
                }
                StudentParent link = new StudentParent(s, parent, r.relation());
                em.persist(link);
                history.record(link, Map.of(), by, reason);
            }
        }
        return new ImportResult(students, newParents, linked, skipped);
    }

    private List<Parsed> parse(SchoolClass schoolClass, String fileName, byte[] content) {
        List<ClassListReader.Row> table = ClassListReader.rows(fileName, content);
        if (table.isEmpty()) {
            throw new BusinessException("student.import.noRows");
        }
        Map<String, Integer> columns = columns(table.get(0).cells());
        for (String required : List.of("lastName", "firstName", "birthDate")) {
            if (!columns.containsKey(required)) {
                throw new BusinessException("student.import.noColumns");
            }
        }
        Set<String> inClass = new HashSet<>();
        em.createNamedQuery("Student.findByClass", Student.class)
                .setParameter("schoolClassId", schoolClass.getId())
                .getResultStream()
                .forEach(s -> inClass.add(studentKey(s.getLastName(), s.getFirstName(), s.getBirthDate())));
        Map<String, Integer> seen = new HashMap<>();
        List<Parsed> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            ClassListReader.Row row = table.get(i);
            rows.add(parseRow(row.line(), row.cells(), columns, schoolClass, inClass, seen));
        }
        return rows;
    }

    private Parsed parseRow(
            int line,
            List<String> cells,
            Map<String, Integer> columns,
            SchoolClass schoolClass,
            Set<String> inClass,
            Map<String, Integer> seen) {
        List<String> errors = new ArrayList<>();
        LocalDate birthDate = null;
        String birthText = cell(cells, columns, "birthDate");
        if (!birthText.isEmpty()) {
            try {
                birthDate = LocalDate.parse(birthText, DATE);
                String implausible = BirthDates.check(
                        birthDate,
                        schoolClass.getGrade(),
                        schoolClass.getAcademicYear().getStartDate());
                if (implausible != null) {
                    errors.add(implausible);
                }
            } catch (DateTimeParseException e) {
                errors.add(Texts.text("student.import.badDate", birthText));
            }
        }
        Gender gender = gender(cell(cells, columns, "gender"), cell(cells, columns, "patronymic"), errors);
        PersonalData student = new PersonalData(
                cell(cells, columns, "lastName"),
                cell(cells, columns, "firstName"),
                cell(cells, columns, "patronymic"),
                birthDate,
                gender,
                cell(cells, columns, "address"),
                orEmpty(Phones.normalize(cell(cells, columns, "phone"))));
        validator.validate(student).stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .forEach(errors::add);
        ParentData parent = null;
        Relation relation = Relation.MOTHER;
        if (!cell(cells, columns, "parentLastName").isEmpty()
                || !cell(cells, columns, "parentFirstName").isEmpty()) {
            parent = new ParentData(
                    cell(cells, columns, "parentLastName"),
                    cell(cells, columns, "parentFirstName"),
                    cell(cells, columns, "parentPatronymic"),
                    orEmpty(Phones.normalize(cell(cells, columns, "parentPhone"))),
                    null,
                    null,
                    null,
                    null);
            validator.validate(parent).stream()
                    .map(m -> Texts.text("student.import.parentError", m.getMessage()))
                    .sorted()
                    .forEach(errors::add);
            relation = relation(cell(cells, columns, "relation"), errors);
        }
        boolean exists = false;
        if (errors.isEmpty()) {
            String key = studentKey(student.lastName(), student.firstName(), birthDate);
            exists = inClass.contains(key);
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                errors.add(Texts.text("student.import.duplicate", earlier));
            }
        }
        return new Parsed(line, student, parent, relation, errors, exists);
    }

    private Map<String, Parent> existingParents(SchoolClass schoolClass, List<Parsed> rows) {
        Set<String> lastNames = new HashSet<>();
        rows.stream()
                .filter(r -> r.parent() != null)
                .forEach(r -> lastNames.add(r.parent().lastName().trim().toLowerCase(Locale.ROOT)));
        Map<String, Parent> map = new HashMap<>();
        if (!lastNames.isEmpty()) {
            em.createQuery(
                            "select p from Parent p where p.school = :school and lower(p.lastName) in :names",
                            Parent.class)
                    .setParameter("school", schoolClass.getSchool())
                    .setParameter("names", lastNames)
                    .getResultStream()
                    .forEach(p -> map.putIfAbsent(parentKey(p.getLastName(), p.getFirstName(), p.getPhone()), p));
        }
        return map;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key =
                    header.get(i).toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}]", "");
            String column = COLUMNS.get(key);
            if (column != null) {
                map.putIfAbsent(column, i);
            }
        }
        return map;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() || cells.get(i) == null
                ? ""
                : cells.get(i).trim();
    }

    private static Gender gender(String text, String patronymic, List<String> errors) {
        String g = text.toLowerCase(Locale.ROOT);
        if (g.startsWith("м") || g.equals("m")) {
            return Gender.M;
        }
        if (g.startsWith("ж") || g.equals("f")) {
            return Gender.F;
        }
        if (g.isEmpty() && patronymic != null) {
            if (patronymic.endsWith("ич")) {
                return Gender.M;
            }
            if (patronymic.endsWith("на")) {
                return Gender.F;
            }
        }
        if (!g.isEmpty()) {
            errors.add(Texts.text("student.import.badGender", text));
        }
        return null;
    }

    private static Relation relation(String text, List<String> errors) {
        String r = text.toLowerCase(Locale.ROOT);
        if (r.isEmpty() || r.startsWith("мат")) {
            return Relation.MOTHER;
        }
        if (r.startsWith("отец") || r.startsWith("отц")) {
            return Relation.FATHER;
        }
        if (r.startsWith("опек") || r.startsWith("закон")) {
            return Relation.GUARDIAN;
        }
        errors.add(Texts.text("student.import.badRelation", text));
        return Relation.MOTHER;
    }

    private static String studentKey(String lastName, String firstName, LocalDate birthDate) {
        return (lastName + "|" + firstName).toLowerCase(Locale.ROOT).replace('ё', 'е') + "|" + birthDate;
    }

    private static String parentKey(String lastName, String firstName, String phone) {
        return (lastName.trim() + "|" + firstName.trim())
                        .toLowerCase(Locale.ROOT)
                        .replace('ё', 'е') + "|" + (phone == null ? "" : phone.trim());
    }

    private static ImportRow row(Parsed p) {
        String student = ru.ejournal.common.entity.PersonName.full(
                p.student().lastName(), p.student().firstName(), p.student().patronymic());
        String parent = p.parent() == null
                ? null
                : ru.ejournal.common.entity.PersonName.full(
                        p.parent().lastName(),
                        p.parent().firstName(),
                        p.parent().patronymic());
        ImportRow.Status status = !p.errors().isEmpty()
                ? ImportRow.Status.ERROR
                : p.exists() ? ImportRow.Status.EXISTS : ImportRow.Status.NEW;
        return new ImportRow(p.line(), student, parent, status, p.errors());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
