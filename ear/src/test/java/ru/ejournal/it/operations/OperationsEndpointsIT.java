package ru.ejournal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.operations.ManagementEndpoints.metric;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.it.batch.JobRuns;
import ru.ejournal.it.firststart.WebSession;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.journal.boundary.GradeBookCellService;

/**
 * The operator's endpoints on the management port, as a probe and a Prometheus scraper use them: MicroProfile
 * Health's readiness with the journal's database check, and {@code /metrics} with the journal's meters, which go
 * up when people sign in, read the e-diary, fill the grade book and when jobs run. The application's own
 * {@code /health} on the HTTP port (the load balancers') answers as before. The endpoints and what a person does
 * through the pages run from the client ({@code @RunAsClient}); a cell save and a job run inside the server, as
 * the grade book's and the jobs' tests do, and read the same {@code /metrics}.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsEndpointsIT {

    private static final String JOURNAL = "http://127.0.0.1:" + Integer.getInteger("ejournal.http.port", 8080) + "/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    GradeBookCellService cells;

    @Inject
    BatchJobs jobs;

    @Test
    @RunAsClient
    @DisplayName(
            "/health/ready on the management port is UP and lists the journal's database check, UP, with its datasource")
    void readinessListsTheDatabase() throws Exception {
        HttpResponse<String> ready = ManagementEndpoints.get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String json = ready.body().replaceAll("\\s", "");
        assertTrue(json.startsWith("{\"status\":\"UP\""), json);
        int at = json.indexOf("\"name\":\"database\"");
        assertTrue(at >= 0, "no database check: " + json);
        String check = json.substring(json.lastIndexOf('{', at), json.indexOf("}}", at) + 2);
        assertTrue(check.contains("\"status\":\"UP\""), check);
        assertTrue(check.contains("\"datasource\":\"java:jboss/datasources/JournalDS\""), check);
        assertTrue(json.contains("\"name\":\"deployments-status\""), "the server's own procedures stay: " + json);
    }

    @Test
    @RunAsClient
    @DisplayName("The application's /health on the HTTP port answers as before, for the load balancers")
    void applicationHealthAsBefore() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(JOURNAL + "health")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}", health.body());
    }

    @Test
    @RunAsClient
    @DisplayName(
            "/metrics is Prometheus text with the server's metrics and the journal's meters, tagged with the deployment")
    void metricsHaveTheJournalsMeters() throws Exception {
        HttpResponse<String> response = ManagementEndpoints.get("/metrics");

        assertEquals(200, response.statusCode());
        String text = response.body();
        for (String meter : new String[] {
            "ejournal_sign_ins_total", "ejournal_gradebook_cell_saves_total", "ejournal_diary_views_total"
        }) {
            assertTrue(text.contains("# TYPE " + meter + " counter"), meter + " missing");
        }
        assertTrue(text.contains("WF_DEPLOYMENT=\"ejournal.ear\""), "the journal's meters carry the deployment");
        assertTrue(text.contains("datasources_pool_"), "the server's own metrics are there too");
    }

    @Test
    @RunAsClient
    @DisplayName("A sign-in through the login form counts as succeeded, an unknown login as refused")
    void signInsCounted() throws Exception {
        double succeeded = metric("ejournal_sign_ins_total", "outcome", "succeeded");
        double refused = metric("ejournal_sign_ins_total", "outcome", "refused");

        WebSession parent = new WebSession(new URL(JOURNAL)).signIn("parent", "demo2026");
        WebSession stranger = new WebSession(new URL(JOURNAL)).signIn("nobody-" + System.nanoTime(), "demo2026");

        assertFalse(parent.path().startsWith("/login"), parent.path());
        assertTrue(stranger.path().startsWith("/login"), stranger.path());
        assertEquals(succeeded + 1, metric("ejournal_sign_ins_total", "outcome", "succeeded"));
        assertEquals(refused + 1, metric("ejournal_sign_ins_total", "outcome", "refused"));
    }

    @Test
    @RunAsClient
    @DisplayName("A parent's look at the e-diary page counts as one diary view")
    void diaryViewsCounted() throws Exception {
        WebSession parent = new WebSession(new URL(JOURNAL)).signIn("parent", "demo2026");
        double views = metric("ejournal_diary_views_total");

        parent.open("parent/diary.xhtml");

        assertEquals(200, parent.status());
        assertEquals(views + 1, metric("ejournal_diary_views_total"));
    }

    @Test
    @DisplayName("A teacher's cell save counts as one grade-book cell save")
    void cellSavesCounted() throws Exception {
        Fixture f = schools.create();
        double saves = metric("ejournal_gradebook_cell_saves_total");

        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, null));

        assertEquals(saves + 1, metric("ejournal_gradebook_cell_saves_total"));
    }

    @Test
    @DisplayName("A job's execution adds its duration under the job's name")
    void jobDurationsRecorded() throws Exception {
        Fixture f = schools.create();
        String job = BatchJobs.RECONCILIATION;
        double runs = metric("ejournal_batch_job_duration_seconds_count", "job", job);
        double seconds = metric("ejournal_batch_job_duration_seconds_sum", "job", job);

        ExecutionSummary run = JobRuns.run(jobs, f.admin(), job, Map.of("from", "2025-10-20", "to", "2025-10-26"));

        assertEquals("COMPLETED", run.batchStatus());
        assertTrue(metric("ejournal_batch_job_duration_seconds_count", "job", job) >= runs + 1);
        assertTrue(metric("ejournal_batch_job_duration_seconds_sum", "job", job) > seconds);
    }
}
