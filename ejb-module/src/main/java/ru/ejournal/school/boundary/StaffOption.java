package ru.ejournal.school.boundary;

import java.io.Serializable;

/** A staff member to choose, e.g. as class teacher: id, full name and position. */
public record StaffOption(Long id, String name, String position) implements Serializable {

    /** «Иванова Мария Петровна (учитель русского языка)». */
    public String label() {
        return position == null || position.isBlank() ? name : name + " (" + position + ")";
    }
}
