package ru.ejournal.web.movement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.movement.boundary.MovementRow;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PagedRows;

/** The administrator's queue of movement requests: execute under an order number or reject with a reason. */
@Named
@ViewScoped
public class MovementQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MovementService movements;

    private MovementStatus status = MovementStatus.OPEN;
    private LazyDataModel<MovementRow> model;
    private MovementRow selected;
    private String orderNumber;
    private String reason;

    @PostConstruct
    void init() {
        model = new PagedRows<>(
                () -> movements.countQueue(status),
                (first, pageSize) -> movements.queue(status, first, pageSize),
                MovementRow::id);
    }

    public void choose(MovementRow row) {
        selected = row;
        orderNumber = row.orderNumber();
        reason = null;
    }

    public void execute() {
        if (selected != null && Feedback.attempt(() -> movements.execute(selected.id(), orderNumber))) {
            Feedback.info(Feedback.text("ct", "movements.done", selected.studentName()));
            selected = null;
        }
    }

    public void reject() {
        if (selected != null && Feedback.attempt(() -> movements.reject(selected.id(), reason))) {
            Feedback.info(Feedback.text("ct", "movements.declined", selected.studentName()));
            selected = null;
        }
    }

    public MovementStatus[] getStatuses() {
        return MovementStatus.values();
    }

    public MovementStatus getStatus() {
        return status;
    }

    public void setStatus(MovementStatus status) {
        this.status = status == null ? MovementStatus.OPEN : status;
    }

    public LazyDataModel<MovementRow> getModel() {
        return model;
    }

    public MovementRow getSelected() {
        return selected;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
