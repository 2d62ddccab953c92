package ru.ejournal.web.api.v1;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inbox as the e-diary API answers it, version 1. */
public final class MessageTypes {

    private MessageTypes() {}

    @Schema(name = "InboxItem", description = "Сообщение во входящих")
    public record InboxItem(
            @Schema(description = "Идентификатор во входящих", example = "5521")
            long id,

            @Schema(description = "Отправитель", example = "Иванова Мария Петровна")
            String sender,

            @Schema(description = "Тема", example = "Родительское собрание")
            String subject,

            @Schema(description = "Когда отправлено (UTC)", example = "2026-10-14T09:30:00Z")
            Instant sentAt,

            @Schema(description = "Когда прочитано (нет — не прочитано)", example = "2026-10-14T17:02:11Z")
            Instant readAt,

            @Schema(description = "О каком ребёнке", example = "Алексеева Полина")
            String about) {}

    @Schema(name = "Inbox", description = "Страница входящих, новые сначала")
    public record Inbox(
            @Schema(description = "Всего сообщений", example = "12")
            long total,

            @Schema(description = "Из них не прочитано", example = "2")
            long unread,

            @Schema(description = "Сообщения страницы") List<InboxItem> items) {}

    @Schema(name = "Message", description = "Сообщение целиком")
    public record Message(
            @Schema(description = "Идентификатор во входящих", example = "5521")
            long id,

            @Schema(description = "Отправитель", example = "Иванова Мария Петровна")
            String sender,

            @Schema(description = "Тема", example = "Родительское собрание")
            String subject,

            @Schema(description = "Текст", example = "Собрание в четверг в 18:00, кабинет 204.")
            String body,

            @Schema(description = "Когда отправлено (UTC)", example = "2026-10-14T09:30:00Z")
            Instant sentAt,

            @Schema(description = "О каком ребёнке", example = "Алексеева Полина")
            String about) {}

    @Schema(name = "ReadReceipt", description = "Сообщение отмечено прочитанным")
    public record ReadReceipt(
            @Schema(description = "Идентификатор во входящих", example = "5521")
            long id,

            @Schema(description = "Когда прочитано впервые (UTC)", example = "2026-10-14T17:02:11Z")
            Instant readAt) {}
}
