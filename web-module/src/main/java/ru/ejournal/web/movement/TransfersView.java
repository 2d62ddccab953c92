package ru.ejournal.web.movement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.movement.boundary.Choice;
import ru.ejournal.movement.boundary.TransferData;
import ru.ejournal.movement.boundary.TransferRow;
import ru.ejournal.movement.boundary.TransferService;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PagedRows;

/**
 * The administrator's transfers (/admin/transfers.xhtml): a pupil to another class of the school or
 * to another school; pupils sent by other schools, to accept into a class or decline; the history of
 * both schools' transfers with their order numbers and dates.
 */
@Named
@ViewScoped
public class TransfersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferService transfers;

    private List<Choice> classes = List.of();
    private List<Choice> schools = List.of();
    private List<Choice> students = List.of();
    private List<TransferRow> incoming = List.of();
    private LazyDataModel<TransferRow> history;

    private Long fromClassId;
    private Long studentId;
    private Long targetClassId;
    private Long targetSchoolId;
    private LocalDate date = LocalDate.now();
    private String orderNumber;

    private TransferRow selected;
    private Long acceptClassId;
    private String acceptOrder;
    private String declineReason;

    @PostConstruct
    void init() {
        Feedback.load(() -> {
            classes = transfers.classes();
            schools = transfers.otherSchools();
            incoming = transfers.incoming();
        });
        history = new PagedRows<>(
                () -> transfers.countTransfers(),
                (first, pageSize) -> transfers.transfers(first, pageSize),
                TransferRow::id);
    }

    public void classChosen() {
        studentId = null;
        students = List.of();
        if (fromClassId != null) {
            Feedback.load(() -> students = transfers.students(fromClassId));
        }
    }

    public void transferToClass() {
        if (studentId == null) {
            Feedback.refuse(null, Feedback.text("trf", "transfers.student.required"));
            return;
        }
        if (Feedback.attempt(
                () -> transfers.transferToClass(studentId, new TransferData(targetClassId, date, orderNumber)))) {
            Feedback.info(Feedback.text("trf", "transfers.toClass.done"));
            done();
        }
    }

    public void sendToSchool() {
        if (studentId == null) {
            Feedback.refuse(null, Feedback.text("trf", "transfers.student.required"));
            return;
        }
        if (Feedback.attempt(
                () -> transfers.sendToSchool(studentId, new TransferData(targetSchoolId, date, orderNumber)))) {
            Feedback.info(Feedback.text("trf", "transfers.toSchool.done"));
            done();
        }
    }

    public void choose(TransferRow row) {
        selected = row;
        acceptClassId = null;
        acceptOrder = null;
        declineReason = null;
    }

    public void accept() {
        if (selected != null
                && Feedback.attempt(() -> transfers.acceptFromSchool(selected.id(), acceptClassId, acceptOrder))) {
            Feedback.info(Feedback.text("trf", "transfers.accepted", selected.studentName()));
            selected = null;
            Feedback.load(() -> incoming = transfers.incoming());
        }
    }

    public void decline() {
        if (selected != null && Feedback.attempt(() -> transfers.declineFromSchool(selected.id(), declineReason))) {
            Feedback.info(Feedback.text("trf", "transfers.declined", selected.studentName()));
            selected = null;
            Feedback.load(() -> incoming = transfers.incoming());
        }
    }

    private void done() {
        studentId = null;
        orderNumber = null;
        classChosen();
    }

    public List<Choice> getClasses() {
        return classes;
    }

    public List<Choice> getSchools() {
        return schools;
    }

    public List<Choice> getStudents() {
        return students;
    }

    public List<TransferRow> getIncoming() {
        return incoming;
    }

    public LazyDataModel<TransferRow> getHistory() {
        return history;
    }

    public Long getFromClassId() {
        return fromClassId;
    }

    public void setFromClassId(Long fromClassId) {
        this.fromClassId = fromClassId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Long getTargetClassId() {
        return targetClassId;
    }

    public void setTargetClassId(Long targetClassId) {
        this.targetClassId = targetClassId;
    }

    public Long getTargetSchoolId() {
        return targetSchoolId;
    }

    public void setTargetSchoolId(Long targetSchoolId) {
        this.targetSchoolId = targetSchoolId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public TransferRow getSelected() {
        return selected;
    }

    public Long getAcceptClassId() {
        return acceptClassId;
    }

    public void setAcceptClassId(Long acceptClassId) {
        this.acceptClassId = acceptClassId;
    }

    public String getAcceptOrder() {
        return acceptOrder;
    }

    public void setAcceptOrder(String acceptOrder) {
        this.acceptOrder = acceptOrder;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
