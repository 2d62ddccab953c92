package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;
import ru.ejournal.reports.boundary.AtRiskService.ClassChoice;
import ru.ejournal.reports.control.AtRiskPass;
import ru.ejournal.web.common.Feedback;

/**
 * The deputy director's report of the pupils at risk of the whole school ({@code /deputy/at-risk.xhtml}):
 * a class filter, lazy paging, and «Проверить сейчас», which runs the nightly pass at once.
 */
@Named
@ViewScoped
public class AtRiskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AtRiskService service;

    private Long schoolId;
    private Long classId;
    private List<ClassChoice> classes = List.of();
    private LazyDataModel<AtRiskRow> rows;

    @PostConstruct
    void init() {
        schoolId = service.mySchoolId();
        classes = service.classesWithPupilsAtRisk(schoolId);
        rows = new AtRiskLazyModel(service, schoolId, this::getClassId);
    }

    /** Runs the pass now and says what changed. */
    public void runNow() {
        try {
            AtRiskPass.Result r = service.runNow(schoolId);
            classes = service.classesWithPupilsAtRisk(schoolId);
            Feedback.info(Feedback.text("mon", "atRisk.ran", r.open(), r.opened(), r.closed()));
        } catch (RuntimeException e) {
            if (!Feedback.refused(null, e)) {
                throw e;
            }
        }
    }

    public long getTotal() {
        return service.countForSchool(schoolId, classId);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public List<ClassChoice> getClasses() {
        return classes;
    }

    public LazyDataModel<AtRiskRow> getRows() {
        return rows;
    }
}
