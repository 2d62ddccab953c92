package ru.ejournal.web.school;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import ru.ejournal.school.boundary.AcademicYearService;
import ru.ejournal.school.boundary.BellRow;
import ru.ejournal.school.boundary.BellService;

/** The administrator's bells page ({@code /admin/school/bells.xhtml}): add, change and remove a lesson's times. */
@Named
@ViewScoped
public class BellsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BellService service;

    @Inject
    AcademicYearService years;

    private Long schoolId;
    private List<BellRow> bells = List.of();
    private Integer lessonNumber;
    private LocalTime startTime;
    private LocalTime endTime;
    private Long editingId;
    private long editingVersion;

    @PostConstruct
    void init() {
        schoolId = years.mySchoolId();
        reload();
    }

    private void reload() {
        bells = service.bells(schoolId);
        if (lessonNumber == null) {
            lessonNumber = bells.isEmpty()
                    ? 1
                    : Math.min(10, bells.get(bells.size() - 1).lessonNumber() + 1);
        }
    }

    /** Adds the bell, or saves the one being edited. */
    public void save() {
        try {
            if (editingId == null) {
                service.addBell(schoolId, lessonNumber, startTime, endTime);
            } else {
                service.updateBell(schoolId, new BellRow(editingId, lessonNumber, startTime, endTime, editingVersion));
            }
            SetupFaces.info("bells.saved", lessonNumber);
            clear();
            reload();
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void edit(BellRow bell) {
        editingId = bell.id();
        editingVersion = bell.version();
        lessonNumber = bell.lessonNumber();
        startTime = bell.startTime();
        endTime = bell.endTime();
    }

    public void remove(BellRow bell) {
        try {
            service.removeBell(schoolId, bell.id());
            SetupFaces.info("bells.removed", bell.lessonNumber());
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
        clear();
        reload();
    }

    public void clear() {
        editingId = null;
        lessonNumber = null;
        startTime = null;
        endTime = null;
        reload();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<BellRow> getBells() {
        return bells;
    }

    public Integer getLessonNumber() {
        return lessonNumber;
    }

    public void setLessonNumber(Integer lessonNumber) {
        this.lessonNumber = lessonNumber;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }
}
