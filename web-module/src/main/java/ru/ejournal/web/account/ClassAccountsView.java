package ru.ejournal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.classteacher.boundary.ClassTeacherService;
import ru.ejournal.web.common.ClassChoice;

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

    private final ClassChoice classChoice = new ClassChoice();

    @Override
    @PostConstruct
    void init() {
        classChoice.offer(classes.classesOfSchool());
    }

    public void chooseClass() {
        schoolClass = classChoice.chosen().orElse(null);
        refresh();
    }

    public ClassChoice getClassChoice() {
        return classChoice;
    }
}
