package ru.ejournal.staff.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import ru.ejournal.common.control.PersonNameParts;
import ru.ejournal.security.entity.Role;

/**
 * A staff member's card as the administrator edits it: the name (checked as on the student and parent
 * cards), the position, contacts (the phone is normalised by the service) and the roles of the account.
 */
@PersonNameParts
public record StaffData(
        String lastName,
        String firstName,
        String patronymic,

        @Size(max = 200, message = "{staff.position.size}") String position,

        @Size(max = 50, message = "{staff.phone.size}") String phone,

        @Email(message = "{staff.email.invalid}") @Size(max = 200, message = "{staff.email.size}")
        String email,

        @NotEmpty(message = "{staff.roles.required}") Set<Role> roles)
        implements Serializable, PersonNameParts.Named {}
