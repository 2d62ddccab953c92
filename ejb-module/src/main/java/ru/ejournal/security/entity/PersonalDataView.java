package ru.ejournal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.student.entity.Student;

/**
 * One view of personal data by a staff member (152-ФЗ): who, whose, what, when, from where. Written
 * only by {@code AccessLogWriter} in batches (JDBC), read by the administrator's audit screen; never
 * changed, deleted only by the retention purge.
 */
@Entity
@Table(name = "personal_data_view")
public class PersonalDataView extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "login", nullable = false, length = 100)
    private String login;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private PersonalDataKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Parent parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id")
    private SchoolClass schoolClass;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "ip_address", length = 64)
    private String ipAddress;

    protected PersonalDataView() {}

    public UserAccount getAccount() {
        return account;
    }

    public String getLogin() {
        return login;
    }

    public PersonalDataKind getKind() {
        return kind;
    }

    public Student getStudent() {
        return student;
    }

    public Parent getParent() {
        return parent;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }
}
