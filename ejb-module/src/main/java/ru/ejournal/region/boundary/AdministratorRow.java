package ru.ejournal.region.boundary;

import java.io.Serializable;

/** An administrator's account of a school: whether it is usable and still waits for its first sign-in. */
public record AdministratorRow(
        Long accountId, String fullName, String login, boolean enabled, boolean mustChangePassword)
        implements Serializable {}
