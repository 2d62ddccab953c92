package ru.ejournal.staff.boundary;

import java.io.Serializable;

/** A staff member's card for the editor: the data with the version it was read at, and the login. */
public record StaffCard(long id, long version, StaffData data, String login) implements Serializable {}
