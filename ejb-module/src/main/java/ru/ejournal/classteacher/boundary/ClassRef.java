package ru.ejournal.classteacher.boundary;

import java.io.Serializable;
import ru.ejournal.school.entity.SchoolClass;

/** A class as choosers and headings show it: id, «7Б», grade. */
public record ClassRef(Long id, String name, int grade) implements Serializable {

    public static ClassRef of(SchoolClass c) {
        return new ClassRef(c.getId(), c.getName(), c.getGrade());
    }
}
