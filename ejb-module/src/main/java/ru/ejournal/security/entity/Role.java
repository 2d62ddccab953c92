package ru.ejournal.security.entity;

import java.util.Locale;
import ru.ejournal.common.control.Texts;

/** Roles of a user account; a staff member may hold several. */
public enum Role {
    CLASS_TEACHER("security.role.classTeacher"),
    SUBJECT_TEACHER("security.role.subjectTeacher"),
    DEPUTY_DIRECTOR("security.role.deputyDirector"),
    ADMIN("security.role.admin"),
    PARENT("security.role.parent"),
    STUDENT("security.role.student"),
    /** A region-level account: belongs to no school, creates schools and their administrators. */
    REGION_ADMIN("security.role.regionAdmin");

    private final String titleKey;

    Role(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Russian name shown to users. */
    public String title() {
        return title(Texts.RUSSIAN);
    }

    /** The name shown to users in {@code locale}. */
    public String title(Locale locale) {
        return Texts.text(locale, titleKey);
    }

    /** Whether the role belongs to school staff (as opposed to parents, students and the region). */
    public boolean isStaff() {
        return this != PARENT && this != STUDENT && this != REGION_ADMIN;
    }
}
