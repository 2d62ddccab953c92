package ru.ejournal.web.movement;

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
import ru.ejournal.movement.boundary.MovementRow;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.web.common.Feedback;

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
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) movements.countQueue(status);
            }

            @Override
            public List<MovementRow> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return movements.queue(status, first, pageSize);
            }

            @Override
            public String getRowKey(MovementRow row) {
                return String.valueOf(row.id());
            }
        };
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
