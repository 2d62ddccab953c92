package ru.ejournal.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** Сотрудник школы: учитель, классный руководитель, заместитель директора, администратор. */
@Entity
@Table(name = "staff_member")
@NamedQueries({
    @NamedQuery(
            name = "StaffMember.findBySchool",
            query = "SELECT s FROM StaffMember s WHERE s.school.id = :schoolId"
                    + " ORDER BY s.lastName, s.firstName, s.patronymic")
})
public class StaffMember extends SchoolOwned implements Audited {

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "patronymic", length = 100)
    private String patronymic;

    @Column(name = "position", length = 200)
    private String position;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    protected StaffMember() {}

    public StaffMember(School school, String lastName, String firstName, String patronymic) {
        super(school);
        this.lastName = lastName;
        this.firstName = firstName;
        this.patronymic = patronymic;
    }

    /** «Иванова Мария Петровна». */
    public String fullName() {
        return PersonName.full(lastName, firstName, patronymic);
    }

    /** «Иванова М. П.». */
    public String shortName() {
        return PersonName.initials(lastName, firstName, patronymic);
    }

    @Override
    public String auditType() {
        return "StaffMember";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("lastName", lastName);
        snapshot.put("firstName", firstName);
        snapshot.put("patronymic", patronymic);
        snapshot.put("position", position);
        snapshot.put("email", email);
        snapshot.put("phone", phone);
        return snapshot;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
