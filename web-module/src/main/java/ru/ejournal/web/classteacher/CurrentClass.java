package ru.ejournal.web.classteacher;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.ClassTeacherService;

/** The class the signed-in class teacher keeps, looked up once per request. */
@Named
@RequestScoped
public class CurrentClass {

    @Inject
    ClassTeacherService service;

    private ClassRef ref;
    private boolean loaded;

    /** Null when the caller keeps no class. */
    public ClassRef get() {
        if (!loaded) {
            ref = service.myClass().orElse(null);
            loaded = true;
        }
        return ref;
    }
}
