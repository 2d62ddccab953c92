package ru.ejournal.security.entity;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;
import ru.ejournal.student.entity.Student;

/** One entry of the visit log: sign-ins, failures, diary views, suspicious staff logins. */
@Entity
// The school may be null: a region administrator's visits have none (V7).
@AssociationOverride(name = "school", joinColumns = @JoinColumn(name = "school_id", nullable = true))
@Table(name = "visit_event")
@NamedQueries({
    @NamedQuery(
            name = "VisitEvent.findLastVisitByAccounts",
            query = "SELECT v.account.id, MAX(v.occurredAt) FROM VisitEvent v WHERE v.account.id IN :accountIds"
                    + " AND v.kind IN :kinds GROUP BY v.account.id")
})
public class VisitEvent extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    /** The login as typed, kept also when no account has it. */
    @Column(name = "login", nullable = false, length = 100)
    private String login;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private VisitKind kind;

    /** For a diary view: which child was viewed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "ip_address", length = 64)
    private String ipAddress;

    @Column(name = "user_agent", length = 1000)
    private String userAgent;

    /** A long-lived cookie identifying the browser, to spot staff logins on a student's device. */
    @Column(name = "device_id", length = 200)
    private String deviceId;

    protected VisitEvent() {}

    public VisitEvent(School school, UserAccount account, String login, VisitKind kind, Instant occurredAt) {
        super(school);
        this.account = account;
        this.login = login;
        this.kind = kind;
        this.occurredAt = occurredAt;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getLogin() {
        return login;
    }

    public VisitKind getKind() {
        return kind;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public void setAccount(UserAccount account) {
        this.account = account;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }
}
