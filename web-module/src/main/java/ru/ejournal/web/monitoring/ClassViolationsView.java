package ru.ejournal.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.monitoring.boundary.Choice;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ViolationFilter;
import ru.ejournal.monitoring.boundary.ViolationRow;

/**
 * The class teacher's page: the violations in their class's subjects and «Сообщить заместителю
 * директора» with a comment (D7).
 */
@Named
@ViewScoped
public class ClassViolationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int COMMENT_MAX = 2000;

    @Inject
    JournalMonitoringService monitoring;

    private Long schoolId;
    private List<Choice> classes;
    private Long classId;
    private ViolationFilter.Status status = ViolationFilter.Status.OPEN;
    private String comment;
    private long openCount;
    private LazyDataModel<ViolationRow> violations;

    @PostConstruct
    void init() {
        schoolId = monitoring.mySchoolId();
        classes = monitoring.myClasses();
        classId = classes.isEmpty() ? null : classes.get(0).id();
        violations = new ViolationLazyModel(monitoring, schoolId, this::filter);
        count();
    }

    ViolationFilter filter() {
        return new ViolationFilter(null, classId, null, null, null, status);
    }

    public void count() {
        openCount = classId == null
                ? 0
                : monitoring.countViolations(schoolId, ViolationFilter.open().withClass(classId));
    }

    public void report() {
        if (comment == null || comment.isBlank()) {
            MonitoringFaces.error("reportForm:comment", MonitoringFaces.text("report.comment.required"));
            return;
        }
        try {
            monitoring.report(classId, comment);
            MonitoringFaces.info(MonitoringFaces.text("report.sent", openCount));
            comment = null;
        } catch (RuntimeException e) {
            if (!MonitoringFaces.refused("reportForm:comment", e)) {
                throw e;
            }
        }
    }

    public boolean isClassTeacher() {
        return classId != null;
    }

    public List<Choice> getClasses() {
        return classes;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public ViolationFilter.Status getStatus() {
        return status;
    }

    public void setStatus(ViolationFilter.Status status) {
        this.status = status;
    }

    public ViolationFilter.Status[] getStatuses() {
        return ViolationFilter.Status.values();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getCommentMax() {
        return COMMENT_MAX;
    }

    public long getOpenCount() {
        return openCount;
    }

    public LazyDataModel<ViolationRow> getViolations() {
        return violations;
    }
}
