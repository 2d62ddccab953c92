package ru.ejournal.web.batch;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.RoleNames;
import ru.ejournal.web.security.StatelessApi;

/**
 * The batch jobs over HTTP for scripts, with an administrator's login and password (HTTP Basic on
 * each request; no session):
 * <ul>
 * <li>{@code POST /api/batch/jobs/{job}?param=value…}: starts a job; for region-import either
 * {@code inputDir} (a directory or zip on the server) or the zip itself as the body
 * ({@code Content-Type: application/zip}); answers 202 {@code {"executionId":…}}</li>
 * <li>{@code GET /api/batch/executions/{id}}: status and counts</li>
 * <li>{@code POST /api/batch/executions/{id}/restart} and {@code …/stop}</li>
 * <li>{@code GET /api/batch/executions/{id}/export}: the report CSV of the execution</li>
 * </ul>
 */
@WebServlet("/api/batch/*")
public class BatchApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatelessApi api;

    @Inject
    transient BatchJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!signIn(request, response)) {
            return;
        }
        String[] path = path(request);
        try {
            if (path.length == 2 && path[0].equals("executions")) {
                json(response, 200, summary(jobs.execution(Long.parseLong(path[1]))));
            } else if (path.length == 3 && path[0].equals("executions") && path[2].equals("export")) {
                Path file = jobs.exportFile(Long.parseLong(path[1]));
                if (!Files.exists(file)) {
                    error(response, 404, "Отчёт ещё не готов");
                    return;
                }
                response.setContentType("text/csv");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
                Files.copy(file, response.getOutputStream());
            } else {
                error(response, 404, "Нет такого ресурса");
            }
        } catch (RuntimeException e) {
            failure(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!signIn(request, response)) {
            return;
        }
        String[] path = path(request);
        try {
            if (path.length == 2 && path[0].equals("jobs")) {
                Map<String, String> parameters = new HashMap<>();
                request.getParameterMap().forEach((k, v) -> parameters.put(k, v[0]));
                String type = request.getContentType() == null ? "" : request.getContentType();
                long id = path[1].equals(BatchJobs.REGION_IMPORT) && type.startsWith("application/zip")
                        ? jobs.startImport(request.getInputStream(), parameters)
                        : jobs.start(path[1], parameters);
                json(
                        response,
                        202,
                        Json.createObjectBuilder().add("executionId", id).build());
            } else if (path.length == 3 && path[0].equals("executions") && path[2].equals("restart")) {
                long id = jobs.restart(Long.parseLong(path[1]));
                json(
                        response,
                        202,
                        Json.createObjectBuilder().add("executionId", id).build());
            } else if (path.length == 3 && path[0].equals("executions") && path[2].equals("stop")) {
                jobs.stop(Long.parseLong(path[1]));
                json(
                        response,
                        202,
                        Json.createObjectBuilder()
                                .add("stopping", Long.parseLong(path[1]))
                                .build());
            } else {
                error(response, 404, "Нет такого ресурса");
            }
        } catch (RuntimeException e) {
            failure(response, e);
        }
    }

    /**
     * Every request is authenticated on its own and runs as its caller without a web session
     * ({@link StatelessApi}): the API never sets a session cookie.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        api.serve(
                request,
                response,
                Set.of(RoleNames.ADMIN, RoleNames.REGION_ADMIN),
                "Только администратор школы или региона запускает пакетные задания",
                () -> super.service(request, response));
    }

    /** Whether {@link #service} let the caller in (it answered the refusal itself otherwise). */
    private boolean signIn(HttpServletRequest request, HttpServletResponse response) {
        return request.getAttribute(StatelessApi.CALLER) != null;
    }

    private static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? new String[0] : info.replaceAll("^/+|/+$", "").split("/");
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

    private static void failure(HttpServletResponse response, RuntimeException e) throws IOException {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof BusinessException
                || cause instanceof NumberFormatException
                || cause instanceof IllegalArgumentException) {
            error(response, 400, cause.getMessage());
        } else if (cause instanceof AccessDeniedException) {
            error(response, 403, cause.getMessage());
        } else if (cause instanceof EJBAccessException) {
            error(response, 403, "Нет доступа");
        } else if (cause instanceof jakarta.batch.operations.BatchRuntimeException) {
            error(response, 409, cause.getMessage());
        } else {
            throw e;
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        json(
                response,
                status,
                Json.createObjectBuilder()
                        .add("error", message == null ? "" : message)
                        .build());
    }

    private static void json(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
