package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.demo.control.DemoSchoolBuilder;
import ru.ejournal.it.support.Deployments;

/**
 * The school scope of the batch HTTP API with the demo accounts: the school administrator
 * ({@code admin} of the demo school) may not read, stop, restart or export the region administrator's
 * ({@code region}) region-wide execution nor run a job for another school; the region admin may.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchScopeApiIT {

    private static final String SCHOOL_ADMIN = "admin:demo2026";
    private static final String REGION_ADMIN = "region:demo2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName(
            "Over HTTP a school admin cannot see, stop, restart or export a region-wide execution, nor run a job for"
                    + " another school; the region admin can")
    void schoolAdminStaysInOwnSchool() throws Exception {
        HttpResponse<String> regionWide = call("POST", "api/batch/jobs/attendance-reconciliation", REGION_ADMIN);
        assertEquals(202, regionWide.statusCode(), regionWide.body());
        long id = number(regionWide.body());

        for (String[] request : new String[][] {
            {"GET", "api/batch/executions/" + id},
            {"GET", "api/batch/executions/" + id + "/export"},
            {"POST", "api/batch/executions/" + id + "/stop"},
            {"POST", "api/batch/executions/" + id + "/restart"}
        }) {
            HttpResponse<String> refused = call(request[0], request[1], SCHOOL_ADMIN);
            assertEquals(403, refused.statusCode(), request[1] + " " + refused.body());
            assertTrue(refused.body().contains("другой школы или всего региона"), refused.body());
        }
        HttpResponse<String> otherSchool =
                call("POST", "api/batch/jobs/period-analytics?periodCode=Q1&schoolCode=S18", SCHOOL_ADMIN);
        assertEquals(403, otherSchool.statusCode(), otherSchool.body());
        assertTrue(otherSchool.body().contains("только для своей школы"), otherSchool.body());

        assertEquals("COMPLETED", awaitEnd(id, REGION_ADMIN));

        HttpResponse<String> own = call(
                "POST",
                "api/batch/jobs/attendance-reconciliation?schoolCode=" + DemoSchoolBuilder.SCHOOL_CODE,
                SCHOOL_ADMIN);
        assertEquals(202, own.statusCode(), own.body());
        long ownId = number(own.body());
        assertEquals("COMPLETED", awaitEnd(ownId, SCHOOL_ADMIN));
        assertEquals(
                200, call("GET", "api/batch/executions/" + ownId, REGION_ADMIN).statusCode());
        assertEquals(
                200,
                call("GET", "api/batch/executions/" + ownId + "/export", SCHOOL_ADMIN)
                        .statusCode());
        assertEquals(
                200,
                call("GET", "api/batch/executions/" + id + "/export", REGION_ADMIN)
                        .statusCode());
        assertEquals(
                403,
                call("POST", "api/batch/jobs/attendance-reconciliation", "ivanova:demo2026")
                        .statusCode(),
                "a teacher runs no jobs");
    }

    private String awaitEnd(long id, String credentials) throws Exception {
        String status = "";
        for (int i = 0; i < 600 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(300);
            HttpResponse<String> r = call("GET", "api/batch/executions/" + id, credentials);
            assertEquals(200, r.statusCode(), r.body());
            Matcher m = Pattern.compile("\"status\":\"(\\w+)\"").matcher(r.body());
            assertTrue(m.find(), r.body());
            status = m.group(1);
        }
        return status;
    }

    private HttpResponse<String> call(String method, String path, String credentials) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long number(String json) {
        Matcher m = Pattern.compile("\"executionId\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }
}
