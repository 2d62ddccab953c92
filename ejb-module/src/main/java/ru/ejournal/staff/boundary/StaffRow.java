package ru.ejournal.staff.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.ejournal.security.entity.Role;

/**
 * A staff member in the administrator's list, with the state of their account: {@code passwordIssued}
 * false means no usable password yet (a new card, or an account {@code region-import} created).
 */
public record StaffRow(
        long id,
        long version,
        String fullName,
        String position,
        String phone,
        String email,
        List<Role> roles,
        Long accountId,
        String login,
        boolean enabled,
        boolean passwordIssued,
        boolean mustChangePassword,
        Instant lastLoginAt,
        boolean locked)
        implements Serializable {

    /** «Классный руководитель, Учитель-предметник». */
    public String roleTitles() {
        return String.join(", ", roles.stream().map(Role::title).toList());
    }

    public boolean hasAccount() {
        return accountId != null;
    }
}
