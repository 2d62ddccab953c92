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

        @Size(max = 200, message = "Должность: не более 200 символов")
        String position,

        @Size(max = 50, message = "Телефон: не более 50 символов")
        String phone,

        @Email(message = "Адрес электронной почты указан неверно")
        @Size(max = 200, message = "E-mail: не более 200 символов")
        String email,

        @NotEmpty(message = "Выберите хотя бы одну роль") Set<Role> roles)
        implements Serializable, PersonNameParts.Named {}
