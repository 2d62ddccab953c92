package ru.ejournal.security.entity;

/**
 * What a staff member looked at, for the personal-data audit (152-ФЗ), and what the id given with the
 * view names: a student, a parent, a class, or a teaching assignment (whose class is stored).
 */
public enum PersonalDataKind {
    /** карточка ученика */
    STUDENT_CARD(Subject.STUDENT),
    /** карточка родителя */
    PARENT_CARD(Subject.PARENT),
    /** информационное письмо ученика */
    LETTER(Subject.STUDENT),
    /** информационные письма класса */
    CLASS_LETTERS(Subject.CLASS),
    /** журнал класса в PDF */
    GRADE_BOOK_PDF(Subject.ASSIGNMENT),
    /** журнал класса в Excel */
    GRADE_BOOK_EXPORT(Subject.ASSIGNMENT);

    /** Whom the id of a view names. */
    public enum Subject {
        STUDENT,
        PARENT,
        CLASS,
        ASSIGNMENT
    }

    private final Subject subject;

    PersonalDataKind(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }

    /** A view of a whole class's data (it answers "who saw this pupil" for every pupil of the class). */
    public boolean ofClass() {
        return subject == Subject.CLASS || subject == Subject.ASSIGNMENT;
    }
}
