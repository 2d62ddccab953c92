package ru.ejournal.region.boundary;

import java.io.Serializable;

/** A new administrator of a school: the staff member's name, position and contacts. */
public record AdministratorForm(
        String lastName, String firstName, String patronymic, String position, String email, String phone)
        implements Serializable {}
