package ru.ejournal.web.lessons;

import java.io.Serializable;
import java.time.LocalDate;

/** The day and period number a dialog moves a lesson to, or adds an extra lesson on. */
public class LessonSlot implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate day;
    private Integer no;

    /** Shows the day and number in the dialog (null: empty). */
    void show(LocalDate day, Integer no) {
        this.day = day;
        this.no = no;
    }

    /** The period number as the services take it: an empty field is -1, which they refuse as out of range. */
    int number() {
        return no == null ? -1 : no;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Integer getNo() {
        return no;
    }

    public void setNo(Integer no) {
        this.no = no;
    }
}
