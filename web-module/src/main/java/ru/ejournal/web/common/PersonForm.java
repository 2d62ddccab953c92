package ru.ejournal.web.common;

import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.student.boundary.PersonalData;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * What a form holds of a person's card between requests: the student card, the parent card and the
 * arrival request each bind the fields they show; the services validate what comes out.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lastName;
    private String firstName;
    private String patronymic;
    private LocalDate birthDate;
    private Gender gender;
    private String homeAddress;
    private String phone;
    private String extraPhone;
    private String email;
    private String workplace;

    public static PersonForm of(Student s) {
        PersonForm form = named(s.getLastName(), s.getFirstName(), s.getPatronymic());
        form.birthDate = s.getBirthDate();
        form.gender = s.getGender();
        form.homeAddress = s.getHomeAddress();
        form.phone = s.getPhone();
        return form;
    }

    public static PersonForm of(Parent p) {
        PersonForm form = named(p.getLastName(), p.getFirstName(), p.getPatronymic());
        form.homeAddress = p.getHomeAddress();
        form.phone = p.getPhone();
        form.extraPhone = p.getExtraPhone();
        form.email = p.getEmail();
        form.workplace = p.getWorkplace();
        return form;
    }

    private static PersonForm named(String lastName, String firstName, String patronymic) {
        PersonForm form = new PersonForm();
        form.lastName = lastName;
        form.firstName = firstName;
        form.patronymic = patronymic;
        return form;
    }

    public PersonalData personalData() {
        return new PersonalData(lastName, firstName, patronymic, birthDate, gender, homeAddress, phone);
    }

    public ParentData parentData() {
        return new ParentData(lastName, firstName, patronymic, phone, extraPhone, email, workplace, homeAddress);
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(String homeAddress) {
        this.homeAddress = homeAddress;
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
}
