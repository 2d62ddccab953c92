package ru.ejournal.web.api.v1;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.messaging.boundary.MessageText;
import ru.ejournal.web.api.v1.MessageTypes.Inbox;
import ru.ejournal.web.api.v1.MessageTypes.InboxItem;
import ru.ejournal.web.api.v1.MessageTypes.Message;
import ru.ejournal.web.api.v1.MessageTypes.ReadReceipt;

/**
 * The caller's inbox ({@link MessageService}, as on the messages page): read it, and mark a message read, the
 * only write of the e-diary API. Reading a message does not mark it; only another recipient's message is
 * refused (403).
 */
@Path("v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Сообщения")
@SecurityRequirement(name = "token")
@APIResponse(responseCode = "401", description = "Нет токена, токен неверный, отозван или истёк")
@APIResponse(
        responseCode = "403",
        description = "Сообщение не вызывающему; учётная запись не родителя и не учащегося; одноразовый пароль")
public class MessagesResource {

    @Inject
    MessageService messages;

    @GET
    @Operation(summary = "Входящие", description = "Страница входящих сообщений, новые сначала.")
    @APIResponse(responseCode = "200", description = "Входящие")
    @APIResponse(responseCode = "400", description = "first < 0 или size вне 1–100")
    public Inbox inbox(
            @Parameter(description = "Сколько пропустить с начала", example = "0")
                    @QueryParam("first")
                    @DefaultValue("0")
                    @Min(value = 0, message = "first — не меньше 0")
                    int first,
            @Parameter(description = "Размер страницы (1–100)", example = "20")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "size — от 1 до 100")
                    @Max(value = 100, message = "size — от 1 до 100")
                    int size) {
        return new Inbox(
                messages.inboxSize(),
                messages.unreadCount(),
                messages.inbox(first, size).stream()
                        .map(l -> new InboxItem(l.id(), l.sender(), l.subject(), l.sentAt(), l.readAt(), l.about()))
                        .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Сообщение", description = "Текст сообщения; прочитанным не отмечает (для этого POST …/read).")
    @APIResponse(responseCode = "200", description = "Сообщение")
    public Message message(
            @Parameter(description = "Идентификатор во входящих", example = "5521") @PathParam("id") long id) {
        MessageText m = messages.read(id);
        return new Message(id, m.sender(), m.subject(), m.body(), m.sentAt(), m.about());
    }

    @POST
    @Path("{id}/read")
    @Operation(
            summary = "Отметить прочитанным",
            description = "Отправитель увидит, что сообщение прочитано. Повторный вызов ничего не меняет.")
    @APIResponse(responseCode = "200", description = "Когда прочитано")
    public ReadReceipt markRead(
            @Parameter(description = "Идентификатор во входящих", example = "5521") @PathParam("id") long id) {
        return new ReadReceipt(id, messages.markRead(id));
    }
}
