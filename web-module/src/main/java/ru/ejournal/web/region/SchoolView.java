package ru.ejournal.web.region;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.region.boundary.AdministratorForm;
import ru.ejournal.region.boundary.AdministratorRow;
import ru.ejournal.region.boundary.SchoolChange;
import ru.ejournal.region.boundary.SchoolForm;
import ru.ejournal.region.boundary.SchoolRegistry;
import ru.ejournal.region.boundary.SchoolRow;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.web.common.Downloads;
import ru.ejournal.web.common.Feedback;

/**
 * A school's card for the region administrator: a new school or changes of one (code, name, address,
 * kind of periods), its administrators with a new one's one-time password shown once (it lives only
 * in this view) and printed as a slip, and its history.
 */
@Named
@ViewScoped
public class SchoolView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegistry registry;

    private Long id;
    private String code;
    private String name;
    private String address;
    private PeriodType periodType = PeriodType.QUARTERS;

    private String adminLastName;
    private String adminFirstName;
    private String adminPatronymic;
    private String adminPosition;
    private String adminEmail;
    private String adminPhone;

    private final List<IssuedCredential> issued = new ArrayList<>();
    private List<AdministratorRow> administrators = List.of();
    private List<SchoolChange> changes = List.of();

    /** Loads the school of the {@code id} parameter; none: a new school. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            SchoolRow row = registry.school(id);
            code = row.code();
            name = row.name();
            address = row.address();
            periodType = row.periodType();
            refresh();
        } catch (RuntimeException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, Feedback.text("reg", "school.notFound"));
                faces.responseComplete();
            } catch (IOException io) {
                throw new IllegalStateException(io);
            }
        }
    }

    public void save() {
        attempt(() -> {
            SchoolForm form = new SchoolForm(code, name, address, periodType);
            SchoolRow saved = id == null ? registry.create(form) : registry.update(id, form);
            boolean created = id == null;
            id = saved.id();
            code = saved.code();
            refresh();
            Feedback.info(Feedback.text("reg", created ? "school.created" : "school.saved"));
        });
    }

    public void createAdministrator() {
        attempt(() -> {
            IssuedCredential credential = registry.createAdministrator(
                    id,
                    new AdministratorForm(
                            adminLastName, adminFirstName, adminPatronymic, adminPosition, adminEmail, adminPhone));
            issued.add(credential);
            adminLastName = null;
            adminFirstName = null;
            adminPatronymic = null;
            adminPosition = null;
            adminEmail = null;
            adminPhone = null;
            refresh();
            Feedback.info(Feedback.text("reg", "admin.created"));
        });
    }

    /** The slips of the passwords shown on this page, as a PDF. */
    public StreamedContent downloadSlips() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String site = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        byte[] pdf = registry.slipsPdf(id, List.copyOf(issued), site);
        return Downloads.of(pdf, "credentials-" + code + ".pdf", Downloads.PDF);
    }

    /** Forgets the shown passwords, e.g. after printing. */
    public void forget() {
        issued.clear();
    }

    private void refresh() {
        administrators = registry.administrators(id);
        changes = registry.history(id);
    }

    private interface Action {
        void run();
    }

    private static void attempt(Action action) {
        try {
            action.run();
        } catch (BusinessException | AccessDeniedException e) {
            Feedback.refuse(null, Feedback.message(e));
        } catch (EJBAccessException e) {
            Feedback.refuse(null, Feedback.text("reg", "denied"));
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Feedback.refuse(
                    null,
                    cause instanceof BusinessException ? Feedback.message(cause) : Feedback.text("reg", "failed"));
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public PeriodType[] getPeriodTypes() {
        return PeriodType.values();
    }

    public List<IssuedCredential> getIssued() {
        return issued;
    }

    public List<AdministratorRow> getAdministrators() {
        return administrators;
    }

    public List<SchoolChange> getChanges() {
        return changes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminPatronymic() {
        return adminPatronymic;
    }

    public void setAdminPatronymic(String adminPatronymic) {
        this.adminPatronymic = adminPatronymic;
    }

    public String getAdminPosition() {
        return adminPosition;
    }

    public void setAdminPosition(String adminPosition) {
        this.adminPosition = adminPosition;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminPhone() {
        return adminPhone;
    }

    public void setAdminPhone(String adminPhone) {
        this.adminPhone = adminPhone;
    }
}
