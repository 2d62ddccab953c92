package ru.ejournal.demo.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * The people of the demo school: staff, classes, their students (seeded names, birth dates,
 * addresses), parents and the English subgroups of 7Б. Shares the builder's seeded random, so the
 * order of the calls is part of the demo data.
 */
final class DemoPeople {

    private static final int STUDENTS_PER_CLASS = 25;

    private final EntityManager em;
    private final Random random;
    private final DemoNames names;
    private final School school;
    private final Map<SchoolClass, List<Student>> rosters = new LinkedHashMap<>();
    private final Map<Student, DemoNames.Family> families = new HashMap<>();

    DemoPeople(EntityManager em, Random random, DemoNames names, School school) {
        this.em = em;
        this.random = random;
        this.names = names;
        this.school = school;
    }

    /** The classes in the order they were made, each with its students sorted by name. */
    Map<SchoolClass, List<Student>> rosters() {
        return rosters;
    }

    StaffMember staffMember(String last, String first, String patronymic, String position) {
        StaffMember member = new StaffMember(school, last, first, patronymic);
        member.setPosition(position);
        member.setPhone(names.phone());
        em.persist(member);
        return member;
    }

    SchoolClass schoolClass(AcademicYear year, int grade, String letter, StaffMember classTeacher) {
        SchoolClass c = new SchoolClass(year, grade, letter);
        c.setClassTeacher(classTeacher);
        em.persist(c);
        return c;
    }

    List<Student> students(SchoolClass c, int startYear) {
        List<Student> roster = new ArrayList<>();
        int birthYear = startYear - c.getGrade() - 6;
        for (int i = 0; i < STUDENTS_PER_CLASS; i++) {
            Gender gender = random.nextBoolean() ? Gender.M : Gender.F;
            DemoNames.Family family = names.family();
            Student s = new Student(
                    c,
                    c.getCode() + "-" + (i + 1),
                    DemoNames.lastName(family.lastName(), gender),
                    names.firstName(gender),
                    DemoNames.patronymic(family, gender));
            s.setGender(gender);
            s.setBirthDate(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .minusYears(random.nextInt(10) < 8 ? 0 : 1));
            s.setHomeAddress(names.address());
            families.put(s, family);
            s.setArrivedOn(LocalDate.of(startYear - c.getGrade() + 1, 9, 1));
            if (random.nextInt(4) > 0) {
                s.setVerifiedAt(DemoSchoolBuilder.instant(LocalDate.of(startYear, 9, 10 + random.nextInt(15))));
                s.setVerifiedBy("ivanova");
            }
            em.persist(s);
            roster.add(s);
        }
        roster.sort((a, b) -> a.fullName().compareTo(b.fullName()));
        return roster;
    }

    /**
     * A mother for every student and a father for most; the first student of 7Б and the first of 5А
     * are siblings, whose mother is the demo parent. Returns the demo parents (mother first).
     */
    List<Parent> parents() {
        List<SchoolClass> classes = new ArrayList<>(rosters.keySet());
        Student sibling7 = rosters.get(classes.get(1)).get(0);
        Student sibling5 = rosters.get(classes.get(0)).get(0);
        DemoNames.Family family7 = families.get(sibling7);
        sibling5.setLastName(DemoNames.lastName(family7.lastName(), sibling5.getGender()));
        sibling5.setPatronymic(DemoNames.patronymic(family7, sibling5.getGender()));
        List<Parent> demo = new ArrayList<>();
        for (List<Student> roster : rosters.values()) {
            for (Student s : roster) {
                if (s == sibling5) {
                    continue;
                }
                DemoNames.Family family = families.get(s);
                Parent mother = parent(
                        DemoNames.lastName(family.lastName(), Gender.F),
                        names.motherName(),
                        names.anyPatronymic(Gender.F),
                        s);
                link(s, mother, Relation.MOTHER);
                Parent father = null;
                if (random.nextInt(10) < 6) {
                    father = parent(family.lastName(), family.father()[0], names.anyPatronymic(Gender.M), s);
                    link(s, father, Relation.FATHER);
                }
                if (s == sibling7) {
                    demo.add(mother);
                    link(sibling5, mother, Relation.MOTHER);
                    if (father != null) {
                        link(sibling5, father, Relation.FATHER);
                    }
                }
            }
        }
        return demo;
    }

    private Parent parent(String last, String first, String patronymic, Student child) {
        Parent p = new Parent(school, last, first, patronymic);
        p.setPhone(names.phone());
        p.setWorkplace(names.workplace());
        p.setHomeAddress(child.getHomeAddress());
        em.persist(p);
        return p;
    }

    private void link(Student s, Parent p, Relation relation) {
        em.persist(new StudentParent(s, p, relation));
    }

    Subgroup subgroup(
            SchoolClass c, Subject english, String code, String name, StaffMember teacher, List<Student> members) {
        Subgroup g = new Subgroup(c, english, code, name);
        g.setTeacher(teacher);
        g.getMembers().addAll(members);
        em.persist(g);
        return g;
    }
}
