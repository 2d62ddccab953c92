package ru.ejournal.common.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in a {@code TIMESTAMP} column as the UTC wall-clock time, whatever the
 * JVM's time zone. EclipseLink 4.0 does not map {@code Instant} itself (it would serialize it into
 * a binary column; native support arrives with Jakarta Persistence 3.2 / EclipseLink 5).
 * Applied to every {@code Instant} attribute; the persistence unit must see this class.
 * The column type is {@link Timestamp} rather than {@link LocalDateTime} because EclipseLink hands
 * the raw {@code Timestamp} to the converter for aggregates such as {@code MAX(v.occurredAt)}.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp utc) {
        return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
