package ru.ejournal.web.api;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * One shape for every refusal of the API, {@code {"error": "…"}} with a Russian reason: 400 for bad input (a
 * rule of the service, a parameter that is no number, a failed constraint), 403 for no access, 404 for no such
 * resource, 409 for a batch operation the job's state does not allow; anything else is a 500 without details
 * (logged).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Exception e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof NotFoundException) {
            return error(404, "Нет такого ресурса");
        }
        if (cause instanceof NotAllowedException) {
            return error(405, "Метод не поддерживается");
        }
        if (cause instanceof WebApplicationException wae) {
            return error(wae.getResponse().getStatus(), wae.getMessage());
        }
        if (cause instanceof ConstraintViolationException cve) {
            return error(
                    400,
                    cve.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        if (cause instanceof BusinessException
                || cause instanceof NumberFormatException
                || cause instanceof IllegalArgumentException) {
            return error(400, cause.getMessage());
        }
        if (cause instanceof DateTimeParseException parse) {
            return error(400, "Дата — в формате ГГГГ-ММ-ДД: " + parse.getParsedString());
        }
        if (cause instanceof AccessDeniedException) {
            return error(403, cause.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            return error(403, "Нет доступа");
        }
        if (cause instanceof BatchRuntimeException) {
            return error(409, cause.getMessage());
        }
        LOG.log(Level.SEVERE, "API request failed", e);
        return error(500, "Внутренняя ошибка сервера");
    }

    static Response error(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder()
                        .add("error", message == null ? "" : message)
                        .build())
                .build();
    }
}
