package ru.ejournal.credentials.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.UserAccount;

/** The signed-in person changes their own password; required at the first sign-in with a one-time one. */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT, REGION_ADMIN})
public class PasswordService {

    public static final int MIN_LENGTH = 8;

    @Inject
    AccessControl access;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChangeHistory history;

    public boolean mustChangePassword() {
        return access.callerEvenWithOneTimePassword().isMustChangePassword();
    }

    public void changeOwnPassword(
            @NotBlank(message = "{credentials.password.currentRequired}") String current,
            @NotBlank(message = "{credentials.password.newRequired}") String newPassword,
            @NotBlank(message = "{credentials.password.repeatRequired}") String repeated) {
        UserAccount account = access.callerEvenWithOneTimePassword();
        if (!hasher.verify(current, account.getPasswordHash())) {
            throw new BusinessException("credentials.password.wrongCurrent");
        }
        if (!newPassword.equals(repeated)) {
            throw new BusinessException("credentials.password.mismatch");
        }
        String problem = weakness(newPassword, account.getLogin());
        if (problem != null) {
            throw new BusinessException(problem, MIN_LENGTH);
        }
        if (newPassword.equals(current)) {
            throw new BusinessException("credentials.password.sameAsIssued");
        }
        Map<String, String> before = account.auditSnapshot();
        account.setPasswordHash(hasher.hash(newPassword));
        account.setMustChangePassword(false);
        account.setPasswordChangedAt(Instant.now());
        history.record(account, before, account.getLogin(), Texts.text("credentials.history.changedByOwner"));
    }

    /** Null when the password is acceptable, otherwise the key of why not (its argument: the minimum length). */
    static String weakness(String password, String login) {
        if (password.length() < MIN_LENGTH) {
            return "credentials.password.tooShort";
        }
        if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            return "credentials.password.lettersAndDigits";
        }
        if (password.toLowerCase().contains(login.toLowerCase())) {
            return "credentials.password.containsLogin";
        }
        return null;
    }
}
