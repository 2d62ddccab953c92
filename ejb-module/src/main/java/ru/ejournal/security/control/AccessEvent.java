package ru.ejournal.security.control;

import java.io.Serializable;
import java.time.Instant;
import ru.ejournal.security.entity.PersonalDataKind;

/**
 * One fact for the access logs, as a service saw it on the request path: who (the login), whose (a
 * student, a parent, a class or a teaching assignment), what, when and from where. {@link AccessLog}
 * queues it; {@link AccessLogWriter} resolves the account and school and writes it.
 */
public record AccessEvent(
        Log log,
        PersonalDataKind kind,
        String login,
        Long studentId,
        Long parentId,
        Long classId,
        Long assignmentId,
        Instant at,
        String ipAddress)
        implements Serializable {

    /** The table a fact goes to. */
    public enum Log {
        /** {@code visit_event}: a parent's or a student's diary view (D13). */
        DIARY_VISIT,
        /** {@code personal_data_view}: a staff member's view of personal data (152-ФЗ). */
        PERSONAL_DATA
    }

    public static AccessEvent diaryView(String login, long studentId, Instant at, String ipAddress) {
        return new AccessEvent(Log.DIARY_VISIT, null, login, studentId, null, null, null, at, ipAddress);
    }

    /** A view of personal data: {@code id} names what {@link PersonalDataKind#subject()} says. */
    public static AccessEvent personalData(PersonalDataKind kind, long id, String login, Instant at, String ipAddress) {
        return switch (kind.subject()) {
            case STUDENT -> new AccessEvent(Log.PERSONAL_DATA, kind, login, id, null, null, null, at, ipAddress);
            case PARENT -> new AccessEvent(Log.PERSONAL_DATA, kind, login, null, id, null, null, at, ipAddress);
            case CLASS -> new AccessEvent(Log.PERSONAL_DATA, kind, login, null, null, id, null, at, ipAddress);
            case ASSIGNMENT -> new AccessEvent(Log.PERSONAL_DATA, kind, login, null, null, null, id, at, ipAddress);
        };
    }
}
