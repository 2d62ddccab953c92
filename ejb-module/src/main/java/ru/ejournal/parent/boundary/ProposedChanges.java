package ru.ejournal.parent.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.common.control.PhoneNumber;

/** What a parent proposes for their own contact data and their children's addresses. */
public record ProposedChanges(
        @PhoneNumber String phone,

        @PhoneNumber(message = "{parent.extraPhone.format}") String extraPhone,

        @Size(max = 300, message = "{parent.workplace.size}")
        String workplace,

        @Size(max = 500, message = "{parent.address.size}") String homeAddress,

        @NotNull List<@Valid ChildAddress> children)
        implements Serializable {

    /** A child's home address as the parent proposes it. */
    public record ChildAddress(
            @NotNull Long studentId,
            String studentName,

            @Size(max = 500, message = "{parent.childAddress.size}")
            String homeAddress)
            implements Serializable {}
}
