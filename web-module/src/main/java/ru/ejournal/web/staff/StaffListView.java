package ru.ejournal.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import ru.ejournal.credentials.boundary.CredentialService;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.security.entity.Role;
import ru.ejournal.staff.boundary.StaffCredentialService;
import ru.ejournal.staff.boundary.StaffRow;
import ru.ejournal.staff.boundary.StaffService;
import ru.ejournal.web.account.CredentialSlipDownload;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PagedRows;

/**
 * The administrator's staff list (paged, by name and role) with each account's state, and staff
 * credentials: issue, reset, block, unblock, issue to all without a password. The one-time passwords
 * issued here live only in this view, to be shown and printed as slips, never in the database.
 */
@Named
@ViewScoped
public class StaffListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staff;

    @Inject
    StaffCredentialService credentials;

    @Inject
    CredentialService slips;

    private String name;
    private String role;
    private LazyDataModel<StaffRow> model;
    private final List<IssuedCredential> issued = new ArrayList<>();

    @PostConstruct
    void init() {
        model = new PagedRows<>(
                () -> staff.count(name, roleFilter()),
                (first, pageSize) -> staff.page(first, pageSize, name, roleFilter()),
                StaffRow::id);
    }

    private Role roleFilter() {
        return role == null || role.isBlank() ? null : Role.valueOf(role);
    }

    public void issue(StaffRow row) {
        List<IssuedCredential> created = new ArrayList<>();
        if (Feedback.attempt(() -> created.add(credentials.issue(row.id())))) {
            issued.addAll(created);
            Feedback.info(StaffTexts.text("issued.done", row.fullName()));
        }
    }

    public void reset(StaffRow row) {
        List<IssuedCredential> created = new ArrayList<>();
        if (Feedback.attempt(() -> created.add(credentials.resetPassword(row.id())))) {
            issued.addAll(created);
            Feedback.info(StaffTexts.text("reset.done", row.fullName()));
        }
    }

    public void block(StaffRow row) {
        if (Feedback.attempt(() -> credentials.block(row.id()))) {
            Feedback.info(StaffTexts.text("block.done", row.fullName()));
        }
    }

    public void unblock(StaffRow row) {
        if (Feedback.attempt(() -> credentials.unblock(row.id()))) {
            Feedback.info(StaffTexts.text("unblock.done", row.fullName()));
        }
    }

    public void issueMissing() {
        List<IssuedCredential> created = new ArrayList<>();
        if (Feedback.attempt(() -> created.addAll(credentials.issueMissing()))) {
            issued.addAll(created);
            Feedback.info(
                    created.isEmpty()
                            ? StaffTexts.text("list.issueMissing.none")
                            : StaffTexts.text("list.issueMissing.done", created.size()));
        }
    }

    /** The slips of the passwords issued on this screen, as a PDF download. */
    public StreamedContent downloadSlips() {
        return CredentialSlipDownload.of(slips, issued, "staff-credentials.pdf");
    }

    /** Forgets the shown passwords, e.g. after printing. */
    public void forget() {
        issued.clear();
    }

    public List<Role> getRoles() {
        return StaffService.STAFF_ROLES;
    }

    public LazyDataModel<StaffRow> getModel() {
        return model;
    }

    public List<IssuedCredential> getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
