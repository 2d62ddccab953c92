package ru.ejournal.web.school;

import ru.ejournal.school.boundary.PeriodRow;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.web.common.NamedDates;

/** One row of the periods table as the administrator edits it. */
public class PeriodForm extends NamedDates {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final StudyPeriodKind kind;
    private final boolean closed;
    private final long version;
    private String code;

    PeriodForm(PeriodRow row) {
        this.id = row.id();
        this.kind = row.kind();
        this.closed = row.closed();
        this.version = row.version();
        this.code = row.code();
        show(row.name(), row.startDate(), row.endDate());
    }

    PeriodRow toRow() {
        return new PeriodRow(id, code, getName(), kind, getFrom(), getTo(), closed, version);
    }

    public Long getId() {
        return id;
    }

    public StudyPeriodKind getKind() {
        return kind;
    }

    public boolean isClosed() {
        return closed;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
