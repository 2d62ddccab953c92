package ru.ejournal.web.school;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.school.boundary.AcademicYearService;
import ru.ejournal.school.boundary.SubjectRow;
import ru.ejournal.school.boundary.SubjectService;
import ru.ejournal.school.boundary.WorkTypeRow;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.web.common.PagedRows;

/**
 * The administrator's subjects and work types page ({@code /admin/school/subjects.xhtml}): subjects a
 * page at a time with a filter, work types with their weights; each with a form that adds a record or
 * changes the chosen one.
 */
@Named
@ViewScoped
public class SubjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubjectService service;

    @Inject
    AcademicYearService years;

    private Long schoolId;
    private String filter;
    private String subjectName;
    private Grading grading = Grading.MARKS;
    private Long subjectId;
    private long subjectVersion;
    private LazyDataModel<SubjectRow> model;

    private List<WorkTypeRow> workTypes = List.of();
    private String workTypeName;
    private Integer weight = 1;
    private boolean marksRequired;
    private Long workTypeId;
    private long workTypeVersion;

    @PostConstruct
    void init() {
        schoolId = years.mySchoolId();
        model = new PagedRows<>(
                () -> service.countSubjects(schoolId, filter),
                (first, pageSize) -> service.subjects(schoolId, filter, first, pageSize),
                SubjectRow::id);
        workTypes = service.workTypes(schoolId);
    }

    public void saveSubject() {
        try {
            SubjectRow saved = subjectId == null
                    ? service.createSubject(schoolId, subjectName, grading)
                    : service.updateSubject(
                            schoolId, new SubjectRow(subjectId, null, subjectName, grading, subjectVersion));
            SetupFaces.info("subjects.saved", saved.name());
            clearSubject();
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void editSubject(SubjectRow row) {
        subjectId = row.id();
        subjectVersion = row.version();
        subjectName = row.name();
        grading = row.grading();
    }

    public void clearSubject() {
        subjectId = null;
        subjectName = null;
        grading = Grading.MARKS;
    }

    public void saveWorkType() {
        try {
            int w = weight == null ? 0 : weight;
            WorkTypeRow saved = workTypeId == null
                    ? service.createWorkType(schoolId, workTypeName, w, marksRequired)
                    : service.updateWorkType(
                            schoolId,
                            new WorkTypeRow(workTypeId, null, workTypeName, w, marksRequired, workTypeVersion));
            SetupFaces.info("workTypes.saved", saved.name());
            clearWorkType();
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void editWorkType(WorkTypeRow row) {
        workTypeId = row.id();
        workTypeVersion = row.version();
        workTypeName = row.name();
        weight = row.weight();
        marksRequired = row.marksRequired();
    }

    public void clearWorkType() {
        workTypeId = null;
        workTypeName = null;
        weight = 1;
        marksRequired = false;
        workTypes = service.workTypes(schoolId);
    }

    public Grading[] getGradings() {
        return Grading.values();
    }

    public boolean isEditingSubject() {
        return subjectId != null;
    }

    public boolean isEditingWorkType() {
        return workTypeId != null;
    }

    public LazyDataModel<SubjectRow> getModel() {
        return model;
    }

    public List<WorkTypeRow> getWorkTypes() {
        return workTypes;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public Grading getGrading() {
        return grading;
    }

    public void setGrading(Grading grading) {
        this.grading = grading;
    }

    public String getWorkTypeName() {
        return workTypeName;
    }

    public void setWorkTypeName(String workTypeName) {
        this.workTypeName = workTypeName;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public boolean isMarksRequired() {
        return marksRequired;
    }

    public void setMarksRequired(boolean marksRequired) {
        this.marksRequired = marksRequired;
    }
}
