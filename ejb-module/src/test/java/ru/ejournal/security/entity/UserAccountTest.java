package ru.ejournal.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.school.entity.School;

class UserAccountTest {

    @Test
    @DisplayName("the account snapshot has roles sorted and never the password hash")
    void snapshotWithoutSecrets() {
        UserAccount account = new UserAccount(
                new School("S1", "Школа №1"),
                "ivanova",
                "$argon2$secret",
                EnumSet.of(Role.SUBJECT_TEACHER, Role.CLASS_TEACHER),
                Instant.parse("2026-09-01T06:00:00Z"));

        Map<String, String> snapshot = account.auditSnapshot();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("enabled", "true");
        expected.put("roles", "CLASS_TEACHER,SUBJECT_TEACHER");
        expected.put("mustChangePassword", "true");
        expected.put("passwordIssuedAt", "2026-09-01T06:00:00Z");
        // the identity provider's subject, linked or not, is in the history like the roles
        expected.put("externalSubject", null);
        assertEquals(expected, snapshot);
        assertFalse(snapshot.values().stream().anyMatch(value -> value != null && value.contains("secret")));
    }
}
