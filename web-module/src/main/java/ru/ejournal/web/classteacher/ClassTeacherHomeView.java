package ru.ejournal.web.classteacher;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.credentials.boundary.DeviceAlertService;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.regulation.boundary.RegulationService;

/** Figures of this area for the home pages, each read once per request when its card is shown. */
@Named
@RequestScoped
public class ClassTeacherHomeView {

    @Inject
    MovementService movements;

    @Inject
    DeviceAlertService alerts;

    @Inject
    RegulationService regulation;

    private Long openMovements;
    private Long deviceAlerts;
    private Boolean regulationPending;

    public long getOpenMovements() {
        if (openMovements == null) {
            openMovements = movements.countQueue(MovementStatus.OPEN);
        }
        return openMovements;
    }

    public long getDeviceAlerts() {
        if (deviceAlerts == null) {
            deviceAlerts = alerts.count();
        }
        return deviceAlerts;
    }

    public boolean isRegulationPending() {
        if (regulationPending == null) {
            regulationPending = regulation.pendingForMe().isPresent();
        }
        return regulationPending;
    }
}
