package ru.ejournal.web.common;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.ejournal.classteacher.boundary.ClassRef;

/** The class an administrator's page works on: the school's classes to choose from and the chosen one. */
public class ClassChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<ClassRef> options = List.of();
    private Long id;

    /** Offers the classes, none chosen. */
    public void offer(List<ClassRef> classes) {
        options = classes;
        id = null;
    }

    /** The chosen class, if one of the offered is chosen. */
    public Optional<ClassRef> chosen() {
        return options.stream().filter(c -> Objects.equals(c.id(), id)).findFirst();
    }

    public List<ClassRef> getOptions() {
        return options;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
