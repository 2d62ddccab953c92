package ru.ejournal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.ClassTeacherService;

/**
 * The administrator's view of a class's family accounts: the same as the class teacher's credentials
 * screen for a class the administrator chooses. Here a parent whose children are in several classes
 * gets a new password, which the class teachers may not reset.
 */
@Named
@ViewScoped
public class ClassAccountsView extends CredentialsView {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassTeacherService classes;

    private List<ClassRef> classOptions = List.of();
    private Long classId;

    @Override
    @PostConstruct
    void init() {
        classOptions = classes.classesOfSchool();
    }

    public void chooseClass() {
        schoolClass = classOptions.stream()
                .filter(c -> c.id().equals(classId))
                .findFirst()
                .orElse(null);
        refresh();
    }

    public List<ClassRef> getClassOptions() {
        return classOptions;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
