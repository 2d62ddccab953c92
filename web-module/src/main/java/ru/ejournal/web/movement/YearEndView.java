package ru.ejournal.web.movement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.ejournal.movement.boundary.YearEndResult;
import ru.ejournal.movement.boundary.YearEndService;
import ru.ejournal.web.common.Feedback;

/** Завершение учебного года (/admin/year-end.xhtml): the promotion, once per year, and what it did. */
@Named
@ViewScoped
public class YearEndView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    YearEndService yearEnd;

    private String currentYear;
    private YearEndResult result;
    private int lastGrade = YearEndService.DEFAULT_LAST_GRADE;

    @PostConstruct
    void init() {
        Feedback.load(() -> {
            currentYear = yearEnd.currentYearName();
            result = yearEnd.done();
        });
    }

    public void promote() {
        Feedback.attempt(() -> {
            result = yearEnd.promote(lastGrade);
            Feedback.info(
                    Feedback.text("trf", "yearEnd.finished", result.fromYear(), result.promoted(), result.graduated()));
        });
    }

    public String getCurrentYear() {
        return currentYear;
    }

    public YearEndResult getResult() {
        return result;
    }

    public int getLastGrade() {
        return lastGrade;
    }

    public void setLastGrade(int lastGrade) {
        this.lastGrade = lastGrade;
    }
}
