package ru.ejournal.web.school;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.school.boundary.AcademicYearService;
import ru.ejournal.school.boundary.ClassData;
import ru.ejournal.school.boundary.ClassRow;
import ru.ejournal.school.boundary.SchoolClassService;
import ru.ejournal.school.boundary.StaffOption;
import ru.ejournal.school.boundary.YearRow;
import ru.ejournal.web.common.PagedRows;

/**
 * The administrator's classes page ({@code /admin/school/classes.xhtml}): the classes of a year, a
 * page at a time with a filter, and the form that adds a class or changes the chosen one.
 */
@Named
@ViewScoped
public class ClassesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolClassService service;

    @Inject
    AcademicYearService years;

    private Long schoolId;
    private List<YearRow> yearList = List.of();
    private List<StaffOption> staff = List.of();
    private Long yearId;
    private String filter;
    private Integer grade;
    private String letter;
    private Long teacherId;
    private Long editingId;
    private long editingVersion;
    private LazyDataModel<ClassRow> model;

    @PostConstruct
    void init() {
        schoolId = years.mySchoolId();
        yearList = years.years(schoolId);
        yearId = yearList.stream()
                .filter(YearRow::current)
                .map(YearRow::id)
                .findFirst()
                .orElse(yearList.isEmpty() ? null : yearList.get(0).id());
        staff = service.staff(schoolId);
        model = new PagedRows<>(
                () -> yearId == null ? 0 : service.countClasses(schoolId, yearId, filter),
                (first, pageSize) ->
                        yearId == null ? List.of() : service.classes(schoolId, yearId, filter, first, pageSize),
                ClassRow::id);
    }

    public void save() {
        try {
            ClassData data = new ClassData(grade, letter, teacherId);
            ClassRow saved = editingId == null
                    ? service.createClass(schoolId, yearId, data)
                    : service.updateClass(schoolId, editingId, editingVersion, data);
            SetupFaces.info("classes.saved", saved.code());
            clear();
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void edit(ClassRow row) {
        editingId = row.id();
        editingVersion = row.version();
        grade = row.grade();
        letter = row.letter();
        teacherId = row.teacherId();
    }

    public void clear() {
        editingId = null;
        grade = null;
        letter = null;
        teacherId = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public boolean isYearChosen() {
        return yearId != null;
    }

    public LazyDataModel<ClassRow> getModel() {
        return model;
    }

    public List<YearRow> getYearList() {
        return yearList;
    }

    public List<StaffOption> getStaff() {
        return staff;
    }

    public Long getYearId() {
        return yearId;
    }

    public void setYearId(Long yearId) {
        this.yearId = yearId;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }
}
