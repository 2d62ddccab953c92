package ru.ejournal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.credentials.boundary.AccountRow;
import ru.ejournal.credentials.boundary.CredentialService;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.web.classteacher.CurrentClass;
import ru.ejournal.web.common.Feedback;

/**
 * Accounts of the class (D2): create the missing ones in one action, show the one-time passwords
 * once (they live only in this view, never in the database), print them as slips, block, unblock, reset.
 */
@Named
@ViewScoped
public class CredentialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CredentialService service;

    @Inject
    CurrentClass currentClass;

    protected ClassRef schoolClass;
    private List<AccountRow> rows = List.of();
    private final List<IssuedCredential> issued = new ArrayList<>();

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        refresh();
    }

    protected void refresh() {
        rows = schoolClass == null ? List.of() : service.overview(schoolClass.id(), Feedback.locale());
    }

    public void issueMissing() {
        List<IssuedCredential> created = new ArrayList<>();
        if (Feedback.attempt(() -> created.addAll(service.issueMissing(schoolClass.id())))) {
            issued.addAll(created);
            refresh();
            Feedback.info(
                    created.isEmpty()
                            ? Feedback.text("ct", "credentials.allHave")
                            : Feedback.text("ct", "credentials.created", created.size()));
        }
    }

    public void reset(AccountRow row) {
        List<IssuedCredential> created = new ArrayList<>();
        if (Feedback.attempt(() -> created.add(service.resetPassword(row.accountId())))) {
            issued.addAll(created);
            refresh();
            Feedback.info(Feedback.text("ct", "credentials.done.reset", row.fullName()));
        }
    }

    public void block(AccountRow row) {
        if (Feedback.attempt(() -> service.block(row.accountId()))) {
            refresh();
            Feedback.info(Feedback.text("ct", "credentials.done.blocked", row.fullName()));
        }
    }

    public void unblock(AccountRow row) {
        if (Feedback.attempt(() -> service.unblock(row.accountId()))) {
            refresh();
            Feedback.info(Feedback.text("ct", "credentials.done.unblocked", row.fullName()));
        }
    }

    /** The slips of the passwords issued on this screen, as a PDF download. */
    public StreamedContent downloadSlips() {
        return CredentialSlipDownload.of(
                service, issued, "credentials-" + (schoolClass == null ? "class" : schoolClass.name()) + ".pdf");
    }

    /** Forgets the shown passwords, e.g. after printing. */
    public void forget() {
        issued.clear();
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public List<IssuedCredential> getIssued() {
        return issued;
    }
}
