package ru.ejournal.web.movement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.movement.boundary.Choice;
import ru.ejournal.movement.boundary.TransferService;
import ru.ejournal.web.common.Feedback;

/** The class teacher's request to transfer a pupil to another class (a tab of the movement page). */
@Named
@ViewScoped
public class ClassTransferRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferService transfers;

    @Inject
    MovementView movement;

    private List<Choice> classes = List.of();
    private Long studentId;
    private Long targetClassId;
    private LocalDate date = LocalDate.now();

    @PostConstruct
    void init() {
        Feedback.load(() -> classes = transfers.classes());
    }

    public void file() {
        if (studentId == null || targetClassId == null) {
            Feedback.refuse(null, Feedback.text("trf", "transfer.required"));
            return;
        }
        if (Feedback.attempt(() -> transfers.fileClassTransfer(studentId, targetClassId, date))) {
            studentId = null;
            targetClassId = null;
            movement.refresh();
            Feedback.info(Feedback.text("trf", "transfer.filed"));
        }
    }

    public List<Choice> getClasses() {
        return classes;
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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
