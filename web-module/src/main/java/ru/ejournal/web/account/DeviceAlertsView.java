package ru.ejournal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.credentials.boundary.DeviceAlertService;
import ru.ejournal.credentials.boundary.DeviceAlertService.DeviceAlert;
import ru.ejournal.web.common.PagedRows;

/** Staff sign-ins on a device a student used last (D14), for the administrator and the deputy director. */
@Named
@ViewScoped
public class DeviceAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeviceAlertService alerts;

    private LazyDataModel<DeviceAlert> model;

    @PostConstruct
    void init() {
        model = new PagedRows<>(
                () -> alerts.count(),
                (first, pageSize) -> alerts.recent(first, pageSize),
                row -> row.login() + row.occurredAt());
    }

    public LazyDataModel<DeviceAlert> getModel() {
        return model;
    }
}
