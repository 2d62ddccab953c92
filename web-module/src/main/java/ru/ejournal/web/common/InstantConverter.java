package ru.ejournal.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows an {@link Instant} in the school's time zone as «28.11.2026 10:45» (Faces 4.0's date-time
 * converter has no {@code instant} type). Output only.
 */
@FacesConverter(value = "instantConverter", managed = true)
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value.atZone(ZoneId.systemDefault()));
    }
}
