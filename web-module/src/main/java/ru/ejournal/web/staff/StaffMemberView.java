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
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.HistoryLine;
import ru.ejournal.web.common.PersonForm;

/**
 * A staff member's card: new ({@code /admin/staff/member.xhtml}) or existing ({@code ?id=}), with its
 * history. The name and contacts are held in a {@link PersonForm}, as on the student and parent cards.
 */
@Named
@ViewScoped
public class StaffMemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staff;

    private Long id;
    private long version;
    private String login;
    private PersonForm form = new PersonForm();
    private String position;
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
        form = new PersonForm();
        form.setLastName(d.lastName());
        form.setFirstName(d.firstName());
        form.setPatronymic(d.patronymic());
        form.setPhone(d.phone());
        form.setEmail(d.email());
        position = d.position();
        roles = new ArrayList<>(d.roles().stream().map(Role::name).sorted().toList());
        history = HistoryLine.of(staff.history(id));
    }

    public void save() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        StaffData data = new StaffData(
                form.getLastName(),
                form.getFirstName(),
                form.getPatronymic(),
                position,
                form.getPhone(),
                form.getEmail(),
                chosen);
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

    public PersonForm getForm() {
        return form;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
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
