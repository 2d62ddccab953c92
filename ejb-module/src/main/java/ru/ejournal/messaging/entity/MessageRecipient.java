package ru.ejournal.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/** One addressee of a message, with the moment they read it. */
@Entity
@Table(name = "message_recipient")
@NamedQueries({
    @NamedQuery(
            name = "MessageRecipient.countUnread",
            query = "SELECT COUNT(r) FROM MessageRecipient r WHERE r.recipient.id = :recipientId AND r.readAt IS NULL")
})
public class MessageRecipient extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id", nullable = false)
    private Message message;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id", nullable = false)
    private UserAccount recipient;

    @Column(name = "read_at")
    private Instant readAt;

    /** The child the message concerns, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    protected MessageRecipient() {}

    public MessageRecipient(Message message, UserAccount recipient, Student student) {
        super(message.getSchool());
        this.message = message;
        this.recipient = recipient;
        this.student = student;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Message getMessage() {
        return message;
    }

    public UserAccount getRecipient() {
        return recipient;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void setReadAt(Instant readAt) {
        this.readAt = readAt;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public void setMessage(Message message) {
        this.message = message;
    }

    public void setRecipient(UserAccount recipient) {
        this.recipient = recipient;
    }
}
