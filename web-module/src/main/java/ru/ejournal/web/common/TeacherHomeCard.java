package ru.ejournal.web.common;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.common.boundary.FirstRows;

/**
 * A card of a teacher's home page: the first rows of a list of the teacher's own (open violations, pupils at
 * risk) and how many it has in all. Other roles see the card empty.
 */
public abstract class TeacherHomeCard<R extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    // Used only while the view is built; the caller's security context is no part of the view's state
    // (it is not serializable, and a passivated or replicated session must not carry it).
    @Inject
    transient SecurityContext security;

    private FirstRows<R> first = new FirstRows<>(List.of(), 0);

    /** The first rows of the signed-in teacher's list, with its total, in one service call. */
    protected abstract FirstRows<R> load();

    @PostConstruct
    void init() {
        if (security.isCallerInRole("SUBJECT_TEACHER") || security.isCallerInRole("CLASS_TEACHER")) {
            first = load();
        }
    }

    public List<R> getRows() {
        return first.rows();
    }

    public long getTotal() {
        return first.total();
    }

    public long getMore() {
        return first.more();
    }
}
