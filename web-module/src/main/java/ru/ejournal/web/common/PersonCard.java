package ru.ejournal.web.common;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the card of a person (a student, a parent) shows besides its own parts: the name, the data form with the
 * version it was read at (optimistic locking), the "verified" stamp and the change history of every field.
 */
public abstract class PersonCard implements Serializable {

    private static final long serialVersionUID = 1L;

    protected Long id;
    protected long version;
    protected String fullName;
    protected Instant verifiedAt;
    protected String verifiedBy;
    protected PersonForm form = new PersonForm();
    protected List<HistoryLine> history = List.of();

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

    public PersonForm getForm() {
        return form;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }
}
