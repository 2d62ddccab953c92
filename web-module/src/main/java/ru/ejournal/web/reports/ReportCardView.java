package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.diary.boundary.ChildOption;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.reports.boundary.ReportCard;
import ru.ejournal.reports.boundary.TermReports;

/**
 * A pupil's report card (табель) for parents and students ({@code /parent/report-card.xhtml},
 * {@code /student/report-card.xhtml}), linked from the e-diary: {@code ?student=} picks the child.
 */
@Named("reportCardView")
@ViewScoped
public class ReportCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermReports reports;

    @Inject
    DiaryService diary;

    private List<ChildOption> children = List.of();
    private Long child;
    private ReportCard card;

    @PostConstruct
    void init() {
        children = diary.children();
        String wanted = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("student");
        child = children.stream()
                .filter(c -> String.valueOf(c.id()).equals(wanted))
                .map(ChildOption::id)
                .findFirst()
                .orElse(children.isEmpty() ? null : children.get(0).id());
        load();
    }

    public void load() {
        card = child == null ? null : reports.reportCard(child);
    }

    public String shown(String result) {
        return result == null ? "" : MarkValue.display(result);
    }

    public List<ChildOption> getChildren() {
        return children;
    }

    public Long getChild() {
        return child;
    }

    public void setChild(Long child) {
        this.child = child;
    }

    public ReportCard getCard() {
        return card;
    }
}
