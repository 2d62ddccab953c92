package ru.ejournal.web.common;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.ejournal.history.entity.ChangeRecord;

/** One changed field in a card's history, with the field's Russian name. */
public record HistoryLine(
        Instant changedAt, String changedBy, String field, String oldValue, String newValue, String reason)
        implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("lastName", "Фамилия"),
            Map.entry("firstName", "Имя"),
            Map.entry("patronymic", "Отчество"),
            Map.entry("birthDate", "Дата рождения"),
            Map.entry("gender", "Пол"),
            Map.entry("homeAddress", "Домашний адрес"),
            Map.entry("phone", "Телефон"),
            Map.entry("extraPhone", "Доп. телефон"),
            Map.entry("email", "E-mail"),
            Map.entry("workplace", "Место работы"),
            Map.entry("status", "Статус"),
            Map.entry("arrivedOn", "Дата прибытия"),
            Map.entry("departedOn", "Дата выбытия"),
            Map.entry("schoolClass", "Класс"),
            Map.entry("code", "Код"),
            Map.entry("position", "Должность"),
            Map.entry("roles", "Роли"),
            Map.entry("enabled", "Вход разрешён"),
            Map.entry("mustChangePassword", "Сменить пароль при входе"),
            Map.entry("passwordIssuedAt", "Пароль выдан"));

    public static List<HistoryLine> of(List<ChangeRecord> records) {
        return records.stream()
                .map(c -> new HistoryLine(
                        c.getChangedAt(),
                        c.getChangedBy(),
                        title(c.getField()),
                        c.getOldValue(),
                        c.getNewValue(),
                        c.getReason()))
                .toList();
    }

    private static String title(String field) {
        if (field.startsWith("subgroup:")) {
            return "Подгруппа (" + field.substring("subgroup:".length()) + ")";
        }
        return FIELDS.getOrDefault(field, field);
    }
}
