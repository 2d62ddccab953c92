package ru.ejournal.web.movement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.Option;
import ru.ejournal.classteacher.boundary.SubgroupService;
import ru.ejournal.movement.boundary.ArrivalData;
import ru.ejournal.movement.boundary.DepartureData;
import ru.ejournal.movement.boundary.MovementRow;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.web.classteacher.CurrentClass;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PersonForm;

/** The class teacher files arrivals and departures (D6, D12) and follows their requests. */
@Named
@ViewScoped
public class MovementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MovementService movements;

    @Inject
    SubgroupService subgroups;

    @Inject
    CurrentClass currentClass;

    private ClassRef schoolClass;
    private List<Option> students = List.of();
    private List<MovementRow> requests = List.of();

    private Long departingId;
    private LocalDate departureDate = LocalDate.now();
    private String destination;
    private String departureOrder;

    private PersonForm arrival = new PersonForm();
    private LocalDate arrivalDate = LocalDate.now();
    private String origin;

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        refresh();
    }

    /** Reloads the roster and the requests (also after a transfer request filed on the same page). */
    public void refresh() {
        if (schoolClass != null) {
            students = subgroups.students(schoolClass.id());
            requests = movements.requestsOfClass(schoolClass.id());
        }
    }

    public void fileDeparture() {
        if (departingId == null) {
            Feedback.refuse(null, Feedback.text("trf", "transfers.student.required"));
            return;
        }
        if (Feedback.attempt(() ->
                movements.fileDeparture(departingId, new DepartureData(departureDate, destination, departureOrder)))) {
            departingId = null;
            destination = departureOrder = null;
            refresh();
            Feedback.info(Feedback.text("trf", "movement.departure.filed"));
        }
    }

    public void fileArrival() {
        if (Feedback.attempt(() -> movements.fileArrival(
                schoolClass.id(),
                new ArrivalData(
                        arrival.getLastName(),
                        arrival.getFirstName(),
                        arrival.getPatronymic(),
                        arrival.getBirthDate(),
                        arrival.getGender(),
                        arrivalDate,
                        origin,
                        null)))) {
            arrival = new PersonForm();
            origin = null;
            refresh();
            Feedback.info(Feedback.text("trf", "movement.arrival.filed"));
        }
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public List<Option> getStudents() {
        return students;
    }

    public List<MovementRow> getRequests() {
        return requests;
    }

    public Long getDepartingId() {
        return departingId;
    }

    public void setDepartingId(Long departingId) {
        this.departingId = departingId;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public void setDepartureDate(LocalDate departureDate) {
        this.departureDate = departureDate;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getDepartureOrder() {
        return departureOrder;
    }

    public void setDepartureOrder(String departureOrder) {
        this.departureOrder = departureOrder;
    }

    public PersonForm getArrival() {
        return arrival;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    public void setArrivalDate(LocalDate arrivalDate) {
        this.arrivalDate = arrivalDate;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }
}
