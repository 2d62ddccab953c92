package ru.ejournal.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.security.boundary.AuditLine;
import ru.ejournal.security.boundary.AuditOption;
import ru.ejournal.security.boundary.PersonalDataAuditService;
import ru.ejournal.web.common.Feedback;

/**
 * The personal-data audit ({@code /deputy/data-audit.xhtml}): choose a pupil, a parent or a staff
 * account of the school, see who looked at their data or what the account looked at; the administrator
 * sets how long the school keeps the audit.
 */
@Named
@ViewScoped
public class PersonalDataAuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    /** Whose views are shown. */
    public enum Mode {
        STUDENT,
        PARENT,
        ACCOUNT
    }

    @Inject
    PersonalDataAuditService service;

    private Mode mode = Mode.STUDENT;
    private String query;
    private List<AuditOption> options = List.of();
    private Long selected;
    private Long shown;
    private LazyDataModel<AuditLine> lines;
    private int retentionMonths;

    @PostConstruct
    void init() {
        retentionMonths = service.retentionMonths();
        lines = new AuditLazyModel(service, mode, null);
    }

    public void find() {
        Feedback.attempt(() -> {
            options = switch (mode) {
                case STUDENT -> service.students(query);
                case PARENT -> service.parents(query);
                case ACCOUNT -> service.accounts(query);
            };
            selected = options.isEmpty() ? null : options.get(0).id();
        });
    }

    public void show() {
        shown = selected;
        lines = new AuditLazyModel(service, mode, shown);
    }

    public void modeChanged() {
        options = List.of();
        selected = null;
        shown = null;
        lines = new AuditLazyModel(service, mode, null);
    }

    public void saveRetention() {
        if (Feedback.attempt(() -> service.setRetentionMonths(retentionMonths))) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Feedback.info(faces.getApplication().getResourceBundle(faces, "aud").getString("retention.saved"));
        }
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode == null ? Mode.STUDENT : mode;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<AuditOption> getOptions() {
        return options;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public Long getShown() {
        return shown;
    }

    public LazyDataModel<AuditLine> getLines() {
        return lines;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }
}
