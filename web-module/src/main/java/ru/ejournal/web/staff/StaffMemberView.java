package ru.ejournal.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.ejournal.security.entity.Role;
import ru.ejournal.staff.boundary.StaffCard;
import ru.ejournal.staff.boundary.StaffData;
import ru.ejournal.staff.boundary.StaffRow;
import ru.ejournal.staff.boundary.StaffService;
import ru.ejournal.web.classteacher.Feedback;
import ru.ejournal.web.classteacher.HistoryLine;

/** A staff member's card: new ({@code /admin/staff/member.xhtml}) or existing ({@code ?id=}), with its history. */
@Named
@ViewScoped
public class StaffMemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staff;

    private Long id;
    private long version;
    private String login;
    private String lastName;
    private String firstName;
    private String patronymic;
    private String position;
    private String phone;
    private String email;
    private List<String> roles = new ArrayList<>();
    private List<HistoryLine> history = List.of();

    /** Called by {@code f:viewAction}: loads the card of {@code id}, if any. */
    public void load() {
        if (id != null) {
            Feedback.load(() -> show(staff.card(id)));
        }
    }

    private void show(StaffCard card) {
        id = card.id();
        version = card.version();
        login = card.login();
        StaffData d = card.data();
        lastName = d.lastName();
        firstName = d.firstName();
        patronymic = d.patronymic();
        position = d.position();
        phone = d.phone();
        email = d.email();
        roles = new ArrayList<>(d.roles().stream().map(Role::name).sorted().toList());
        history = HistoryLine.of(staff.history(id));
    }

    public void save() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        StaffData data = new StaffData(lastName, firstName, patronymic, position, phone, email, chosen);
        StaffRow[] saved = new StaffRow[1];
        if (Feedback.attempt(() -> saved[0] = id == null ? staff.create(data) : staff.update(id, version, data))) {
            show(staff.card(saved[0].id()));
            Feedback.info(StaffTexts.text("member.saved"));
        }
    }

    public List<Role> getRoleChoices() {
        return StaffService.STAFF_ROLES;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLogin() {
        return login;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }
}
