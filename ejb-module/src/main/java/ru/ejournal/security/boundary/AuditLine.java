package ru.ejournal.security.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.ejournal.security.entity.PersonalDataKind;

/**
 * One line of the personal-data audit as the administrator reads it: when, who (login and the staff
 * member's name), what, whose (a pupil's or a parent's name, or a class), from which address.
 */
public record AuditLine(
        long id, Instant at, String login, String who, PersonalDataKind kind, String whose, String ipAddress)
        implements Serializable {}
