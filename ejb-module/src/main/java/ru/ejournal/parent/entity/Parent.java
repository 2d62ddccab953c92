package ru.ejournal.parent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** Родитель (законный представитель). */
@Entity
@Table(
        name = "parent",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_parent_code",
                        columnNames = {"school_id", "code"}))
public class Parent extends SchoolOwned implements Audited {

    @Column(name = "code", length = 50)
    private String code;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "patronymic", length = 100)
    private String patronymic;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "extra_phone", length = 50)
    private String extraPhone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "workplace", length = 300)
    private String workplace;

    @Column(name = "home_address", length = 500)
    private String homeAddress;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    /** The parent's record in the school the family was transferred from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transferred_from_id")
    private Parent transferredFrom;

    /** Frozen when the family moved to another school: kept, read-only. */
    @Column(name = "frozen", nullable = false)
    private boolean frozen;

    @OneToMany(mappedBy = "parent")
    private List<StudentParent> children = new ArrayList<>();

    protected Parent() {}

    public Parent(School school, String lastName, String firstName, String patronymic) {
        super(school);
        this.lastName = lastName;
        this.firstName = firstName;
        this.patronymic = patronymic;
    }

    /** The card of this parent in the school their child moves to: the same person and contacts, linked back. */
    public Parent transferredTo(School school) {
        Parent copy = new Parent(school, lastName, firstName, patronymic);
        copy.setPhone(phone);
        copy.setExtraPhone(extraPhone);
        copy.setEmail(email);
        copy.setWorkplace(workplace);
        copy.setHomeAddress(homeAddress);
        copy.setTransferredFrom(this);
        return copy;
    }

    /** «Петрова Анна Ивановна». */
    public String fullName() {
        return PersonName.full(lastName, firstName, patronymic);
    }

    /** «Петрова А. И.». */
    public String shortName() {
        return PersonName.initials(lastName, firstName, patronymic);
    }

    public void markVerified(String by, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    @Override
    public String auditType() {
        return "Parent";
    }

    /** Personal data; the verification stamp itself is not part of the history. */
    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", code);
        snapshot.put("lastName", lastName);
        snapshot.put("firstName", firstName);
        snapshot.put("patronymic", patronymic);
        snapshot.put("phone", phone);
        snapshot.put("extraPhone", extraPhone);
        snapshot.put("email", email);
        snapshot.put("workplace", workplace);
        snapshot.put("homeAddress", homeAddress);
        if (frozen) {
            snapshot.put("frozen", "true");
        }
        return snapshot;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public void setVerifiedAt(Instant verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    public List<StudentParent> getChildren() {
        return children;
    }

    public Parent getTransferredFrom() {
        return transferredFrom;
    }

    public void setTransferredFrom(Parent transferredFrom) {
        this.transferredFrom = transferredFrom;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }
}
