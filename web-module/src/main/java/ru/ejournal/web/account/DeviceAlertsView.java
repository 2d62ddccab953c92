package ru.ejournal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.credentials.boundary.DeviceAlertService;
import ru.ejournal.credentials.boundary.DeviceAlertService.DeviceAlert;

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
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) alerts.count();
            }

            @Override
            public List<DeviceAlert> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return alerts.recent(first, pageSize);
            }

            @Override
            public String getRowKey(DeviceAlert row) {
                return row.login() + row.occurredAt();
            }
        };
    }

    public LazyDataModel<DeviceAlert> getModel() {
        return model;
    }
}
