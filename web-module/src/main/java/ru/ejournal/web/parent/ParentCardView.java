package ru.ejournal.web.parent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.web.classteacher.Feedback;
import ru.ejournal.web.classteacher.HistoryLine;

/** The parent card: contact data, workplace, address, the "verified" stamp, children and history. */
@Named
@ViewScoped
public class ParentCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParentService parents;

    private Long id;
    private long version;
    private String fullName;
    private Instant verifiedAt;
    private String verifiedBy;
    private String lastName;
    private String firstName;
    private String patronymic;
    private String phone;
    private String extraPhone;
    private String email;
    private String workplace;
    private String homeAddress;
    private List<String> children = List.of();
    private List<HistoryLine> history = List.of();

    public void load() {
        Feedback.load(this::loadCard);
    }

    private void loadCard() {
        fill(parents.find(id));
        children = parents.childrenOf(id).stream()
                .map(sp -> sp.getStudent().fullName() + ", "
                        + sp.getStudent().getSchoolClass().getName()
                        + (sp.getStudent().isDeparted() ? " (выбыл)" : ""))
                .toList();
        history = HistoryLine.of(parents.history(id));
    }

    private void fill(Parent p) {
        version = p.getVersion();
        fullName = p.fullName();
        verifiedAt = p.getVerifiedAt();
        verifiedBy = p.getVerifiedBy();
        lastName = p.getLastName();
        firstName = p.getFirstName();
        patronymic = p.getPatronymic();
        phone = p.getPhone();
        extraPhone = p.getExtraPhone();
        email = p.getEmail();
        workplace = p.getWorkplace();
        homeAddress = p.getHomeAddress();
    }

    public void save() {
        if (Feedback.attempt(() -> fill(parents.update(
                id,
                version,
                new ParentData(lastName, firstName, patronymic, phone, extraPhone, email, workplace, homeAddress))))) {
            history = HistoryLine.of(parents.history(id));
            Feedback.info("Данные родителя сохранены");
        }
    }

    public void verify() {
        if (Feedback.attempt(() -> fill(parents.markVerified(id)))) {
            Feedback.info("Данные отмечены как проверенные");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFullName() {
        return fullName;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getExtraPhone() {
        return extraPhone;
    }

    public void setExtraPhone(String extraPhone) {
        this.extraPhone = extraPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(String homeAddress) {
        this.homeAddress = homeAddress;
    }

    public List<String> getChildren() {
        return children;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }
}
