package ru.ejournal.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.monitoring.boundary.MarkAlertLine;
import ru.ejournal.monitoring.boundary.MarkAlertRow;
import ru.ejournal.monitoring.boundary.MarkAlertService;
import ru.ejournal.monitoring.boundary.RevertResult;

/**
 * The deputy director's and administrator's page of mass mark-change alerts: the list, every change of
 * the chosen alert (the message links here with {@code ?alert=id}) and «Отменить все изменения».
 */
@Named
@ViewScoped
public class MarkAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MarkAlertService service;

    private Long alertId;
    private List<MarkAlertRow> alerts;
    private MarkAlertRow selected;
    private List<MarkAlertLine> changes = List.of();

    @PostConstruct
    void init() {
        alerts = service.alerts();
    }

    /** The view action: opens the alert of the link, or the newest one. */
    public void load() {
        Long id = alertId != null
                ? alertId
                : alerts.isEmpty() ? null : alerts.get(0).id();
        if (id != null) {
            open(id);
        }
    }

    public void select(MarkAlertRow row) {
        open(row.id());
    }

    private void open(Long id) {
        try {
            selected = service.alert(id);
            changes = service.changes(id);
            alertId = id;
        } catch (RuntimeException e) {
            selected = null;
            changes = List.of();
            if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
    }

    public void revert() {
        if (selected == null) {
            return;
        }
        try {
            RevertResult result = service.revert(selected.id(), selected.version());
            MonitoringFaces.info(MonitoringFaces.text("markAlerts.reverted", result.reverted(), result.skipped()));
        } catch (RuntimeException e) {
            if (isConflict(e)) {
                MonitoringFaces.error(null, MonitoringFaces.text("markAlerts.grown"));
            } else if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
        alerts = service.alerts();
        open(selected.id());
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConflictException) {
                return true;
            }
        }
        return false;
    }

    /** «Отменить все N изменений …?» for the confirmation dialog. */
    public String getRevertConfirm() {
        return selected == null ? "" : MonitoringFaces.text("markAlerts.revert.confirm", selected.changeCount());
    }

    public Long getAlertId() {
        return alertId;
    }

    public void setAlertId(Long alertId) {
        this.alertId = alertId;
    }

    public List<MarkAlertRow> getAlerts() {
        return alerts;
    }

    public MarkAlertRow getSelected() {
        return selected;
    }

    public List<MarkAlertLine> getChanges() {
        return changes;
    }
}
