package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInResult.Outcome;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.staff.boundary.StaffCredentialService;

/** Staff loaded by region-import cannot sign in until the school's administrator issues their credentials. */
@ExtendWith(ArquillianExtension.class)
class StaffImportCredentialsIT {

    private static final ClientInfo BROWSER = new ClientInfo("127.0.0.1", "JUnit", null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    BatchJobs jobs;

    @Inject
    TestSchools schools;

    @Inject
    StaffCredentialService credentials;

    @Inject
    SignInService signIn;

    @Inject
    Tx tx;

    @Test
    @DisplayName(
            "region-import, then the bulk issue: the imported teacher signs in with the one-time password and must change it")
    void importedTeacherSignsInAfterBulkIssue() throws Exception {
        Fixture f = schools.create();
        String code = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        String login = "t-" + code;
        Path dir = Files.createTempDirectory("staff-import");
        Files.writeString(
                dir.resolve("staff.csv"),
                "school_code,login,last_name,first_name,patronymic,roles\n" + code + "," + login
                        + ",Орлов,Пётр,Ильич,SUBJECT_TEACHER CLASS_TEACHER\n",
                StandardCharsets.UTF_8);

        ExecutionSummary run =
                JobRuns.run(jobs, f.admin(), BatchJobs.REGION_IMPORT, Map.of("inputDir", dir.toString()));

        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        assertNotEquals(
                Outcome.SUCCESS, signIn.signIn(login, "anything", BROWSER).outcome());

        List<IssuedCredential> issued = Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.issueMissing());

        assertEquals(
                List.of(login), issued.stream().map(IssuedCredential::login).toList());
        assertEquals("Орлов Пётр Ильич", issued.get(0).fullName());
        SignInResult result = signIn.signIn(login, issued.get(0).password(), BROWSER);
        assertEquals(Outcome.SUCCESS, result.outcome());
        assertTrue(result.mustChangePassword(), "the one-time password must be changed");
        assertEquals(java.util.Set.of("SUBJECT_TEACHER", "CLASS_TEACHER"), result.roles());
        assertEquals(List.of(), Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.issueMissing()));
    }
}
