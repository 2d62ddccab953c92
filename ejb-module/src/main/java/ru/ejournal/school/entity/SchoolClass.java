package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.staff.entity.StaffMember;

/** Класс, e.g. «7Б», of one academic year. The same code is used again in the next year. */
@Entity
@Table(
        name = "school_class",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_school_class_code",
                        columnNames = {"school_id", "academic_year_id", "code"}))
@NamedQueries({
    @NamedQuery(
            name = "SchoolClass.findByYear",
            query = "SELECT c FROM SchoolClass c WHERE c.academicYear.id = :academicYearId ORDER BY c.grade, c.letter"),
    @NamedQuery(
            name = "SchoolClass.findByYearAndCode",
            query = "SELECT c FROM SchoolClass c WHERE c.academicYear.id = :academicYearId AND c.code = :code"),
    @NamedQuery(
            name = "SchoolClass.findCurrentBySchool",
            query = "SELECT c FROM SchoolClass c WHERE c.school = :school AND c.academicYear.current = true"
                    + " ORDER BY c.grade, c.letter")
})
public class SchoolClass extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academic_year_id", nullable = false)
    private AcademicYear academicYear;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "grade", nullable = false)
    private int grade;

    @Column(name = "letter", length = 10)
    private String letter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_teacher_id")
    private StaffMember classTeacher;

    protected SchoolClass() {}

    /** A class whose code is its name, e.g. grade 7 and letter «Б» give «7Б». */
    public SchoolClass(AcademicYear academicYear, int grade, String letter) {
        super(academicYear.getSchool());
        this.academicYear = academicYear;
        this.grade = grade;
        this.letter = letter;
        this.code = getName();
    }

    /** Grade and letter, e.g. «7Б». */
    public String getName() {
        return name(grade, letter);
    }

    /** A class's name from its grade and letter («7Б»), for a query that reads the two without the class. */
    public static String name(int grade, String letter) {
        return grade + (letter == null ? "" : letter);
    }

    public AcademicYear getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(AcademicYear academicYear) {
        this.academicYear = academicYear;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public int getGrade() {
        return grade;
    }

    public void setGrade(int grade) {
        this.grade = grade;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public StaffMember getClassTeacher() {
        return classTeacher;
    }

    public void setClassTeacher(StaffMember classTeacher) {
        this.classTeacher = classTeacher;
    }
}
