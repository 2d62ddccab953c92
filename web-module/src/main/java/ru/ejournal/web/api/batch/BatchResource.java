package ru.ejournal.web.api.batch;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.web.api.ApiAuthentication;

/**
 * The batch jobs over HTTP for scripts, with an administrator's login and password (HTTP Basic on each
 * request, {@link ApiAuthentication}; no session). The same paths and answers as the servlet it replaces;
 * who may start, see, stop and restart what is {@link BatchJobs}' (the school scope of {@code RegionScope}).
 */
@Path("batch")
@Tag(name = "Пакетные задания")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Нет или неверные логин и пароль")
@APIResponse(
        responseCode = "403",
        description = "Не администратор, или выполнение либо код школы другой школы или всего региона")
public class BatchResource {

    private static final String EXECUTION_EXAMPLE = "{\"executionId\":42}";

    @Inject
    BatchJobs jobs;

    @Context
    HttpServletRequest request;

    @POST
    @Path("jobs/{job}")
    @Operation(
            summary = "Запустить задание",
            description = "Параметры задания — параметры запроса (inputDir, chunkSize, from, to, periodCode,"
                    + " schoolCode, outputDir, threads, throttleMillis). Для region-import вместо inputDir"
                    + " можно прислать zip-архив телом запроса (Content-Type: application/zip). Администратор"
                    + " школы запускает задания только для своей школы.")
    @RequestBody(
            required = false,
            description = "zip-архив файлов обмена (только region-import)",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "202",
            description = "Задание запущено",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "запущено", value = EXECUTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Неизвестное задание или неверные параметры")
    public Response start(
            @Parameter(
                            description = "region-import, attendance-reconciliation или period-analytics",
                            example = "attendance-reconciliation")
                    @PathParam("job")
                    String job)
            throws IOException {
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, v[0]));
        String type = request.getContentType() == null ? "" : request.getContentType();
        long id = job.equals(BatchJobs.REGION_IMPORT) && type.startsWith("application/zip")
                ? jobs.startImport(request.getInputStream(), parameters)
                : jobs.start(job, parameters);
        return accepted(Json.createObjectBuilder().add("executionId", id).build());
    }

    @GET
    @Path("executions/{id}")
    @Operation(summary = "Состояние выполнения", description = "Статус, прочитано, записано, пропущено, шаги.")
    @APIResponse(
            responseCode = "200",
            description = "Состояние",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "завершено",
                                            value = "{\"executionId\":42,\"instanceId\":40,\"job\":"
                                                    + "\"attendance-reconciliation\",\"status\":\"COMPLETED\","
                                                    + "\"exitStatus\":\"COMPLETED\",\"read\":3,\"written\":3,"
                                                    + "\"skipped\":0,\"filtered\":0,\"steps\":[],"
                                                    + "\"started\":\"2026-10-27T02:00:00Z\","
                                                    + "\"ended\":\"2026-10-27T02:00:04Z\"}")))
    @APIResponse(responseCode = "400", description = "Номер выполнения — не число, или нет такого выполнения")
    public JsonObject execution(
            @Parameter(description = "номер выполнения", example = "42") @PathParam("id") String id) {
        return summary(jobs.execution(Long.parseLong(id)));
    }

    @GET
    @Path("executions/{id}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Отчёт выполнения (CSV)", description = "Файл отчёта задания, когда он готов.")
    @APIResponse(responseCode = "200", description = "CSV-файл", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "Отчёт ещё не готов")
    public Response export(@Parameter(description = "номер выполнения", example = "42") @PathParam("id") String id)
            throws IOException {
        java.nio.file.Path file = jobs.exportFile(Long.parseLong(id));
        if (!Files.exists(file)) {
            return error(404, "Отчёт ещё не готов");
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(summary = "Перезапустить выполнение", description = "Продолжает с последней контрольной точки.")
    @APIResponse(
            responseCode = "202",
            description = "Новое выполнение",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "перезапущено", value = "{\"executionId\":43}")))
    @APIResponse(responseCode = "409", description = "Выполнение нельзя перезапустить в его состоянии")
    public Response restart(@Parameter(description = "номер выполнения", example = "42") @PathParam("id") String id) {
        long restarted = jobs.restart(Long.parseLong(id));
        return accepted(Json.createObjectBuilder().add("executionId", restarted).build());
    }

    @POST
    @Path("executions/{id}/stop")
    @Operation(summary = "Остановить выполнение")
    @APIResponse(
            responseCode = "202",
            description = "Остановка запрошена",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "останавливается", value = "{\"stopping\":42}")))
    @APIResponse(responseCode = "409", description = "Выполнение нельзя остановить в его состоянии")
    public Response stop(@Parameter(description = "номер выполнения", example = "42") @PathParam("id") String id) {
        long execution = Long.parseLong(id);
        jobs.stop(execution);
        return accepted(Json.createObjectBuilder().add("stopping", execution).build());
    }

    private static Response accepted(JsonObject body) {
        return Response.status(202)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    private static Response error(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", message).build())
                .build();
    }

    private static JsonObject summary(ExecutionSummary s) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        s.steps()
                .forEach(step -> steps.add(Json.createObjectBuilder()
                        .add("name", step.name())
                        .add("status", step.batchStatus())
                        .add("read", step.read())
                        .add("written", step.written())
                        .add("skipped", step.skipped())
                        .add("filtered", step.filtered())));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("executionId", s.executionId())
                .add("instanceId", s.instanceId())
                .add("job", s.jobName())
                .add("status", s.batchStatus())
                .add("exitStatus", s.exitStatus() == null ? "" : s.exitStatus())
                .add("read", s.read())
                .add("written", s.written())
                .add("skipped", s.skipped())
                .add("filtered", s.filtered())
                .add("steps", steps);
        if (s.started() != null) {
            o.add("started", s.started().toString());
        }
        if (s.ended() != null) {
            o.add("ended", s.ended().toString());
        }
        return o.build();
    }
}
