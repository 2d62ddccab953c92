package ru.ejournal.messaging.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/** Внутреннее сообщение; each addressee has a {@link MessageRecipient} row. */
@Entity
@Table(name = "message")
public class Message extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_id", nullable = false)
    private UserAccount sender;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
    private List<MessageRecipient> recipients = new ArrayList<>();

    protected Message() {}

    public Message(UserAccount sender, String subject, String body, Instant sentAt) {
        super(sender.getSchool());
        this.sender = sender;
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
    }

    /** Adds an addressee; {@code student} says which child the message concerns (may be null). */
    public MessageRecipient addRecipient(UserAccount recipient, Student student) {
        MessageRecipient row = new MessageRecipient(this, recipient, student);
        recipients.add(row);
        return row;
    }

    public UserAccount getSender() {
        return sender;
    }

    public void setSender(UserAccount sender) {
        this.sender = sender;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public List<MessageRecipient> getRecipients() {
        return recipients;
    }
}
