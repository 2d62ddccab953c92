package ru.ejournal.security.entity;

/** Roles of a user account; a staff member may hold several. */
public enum Role {
    CLASS_TEACHER("Классный руководитель"),
    SUBJECT_TEACHER("Учитель-предметник"),
    DEPUTY_DIRECTOR("Заместитель директора по УВР"),
    ADMIN("Администратор системы"),
    PARENT("Родитель (законный представитель)"),
    STUDENT("Учащийся"),
    /** A region-level account: belongs to no school, creates schools and their administrators. */
    REGION_ADMIN("Администратор региона");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    /** Russian name shown to users. */
    public String title() {
        return title;
    }

    /** Whether the role belongs to school staff (as opposed to parents, students and the region). */
    public boolean isStaff() {
        return this != PARENT && this != STUDENT && this != REGION_ADMIN;
    }
}
