package ru.ejournal.common.entity;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An entity whose field changes are kept as {@code ChangeRecord}s. The service compares the
 * snapshot taken before a change with the one taken after it, field by field.
 */
public interface Audited {

    /** The entity type written to the change history, e.g. {@code "Mark"}. */
    String auditType();

    /**
     * The audited fields, in a stable order: field name to its value as text, {@code null} for
     * an empty field. References are written as the referenced id, enums as their name, dates and
     * instants in ISO-8601, collections as their sorted elements joined with commas.
     */
    Map<String, String> auditSnapshot();

    /** Formats one field value for {@link #auditSnapshot()}. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BaseEntity entity) {
            return entity.getId() == null ? null : entity.getId().toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Audited::text).sorted().collect(Collectors.joining(","));
        }
        return value.toString();
    }
}
