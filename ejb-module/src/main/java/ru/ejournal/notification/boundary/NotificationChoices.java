package ru.ejournal.notification.boundary;

import java.io.Serializable;
import ru.ejournal.notification.entity.Delivery;

/**
 * A parent's e-mail choices as the account page shows and saves them, with the address the letters go
 * to (from the parent's card; none: nothing is sent) and whether that address was given up as failing;
 * {@code atRisk}: the notice that a child entered the list of pupils at risk in a subject.
 */
public record NotificationChoices(
        Delivery marks,
        Delivery absences,
        Delivery periodGrades,
        int digestHour,
        boolean copies,
        String email,
        boolean emailFailing,
        Delivery atRisk)
        implements Serializable {}
