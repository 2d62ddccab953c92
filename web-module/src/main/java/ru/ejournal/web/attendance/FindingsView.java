package ru.ejournal.web.attendance;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.operations.boundary.FindingView;
import ru.ejournal.operations.boundary.ReconciliationFindings;
import ru.ejournal.web.common.Feedback;

/**
 * The reconciliation findings of a class for the week shown on the attendance week page
 * ({@code WEB-INF/attendance/findings.xhtml}): the class teacher settles each with an optional note.
 */
@Named
@ViewScoped
public class FindingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form whose message box shows the outcome of a settlement. */
    private static final String FORM = "findingsForm";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    ReconciliationFindings findings;

    private Long classId;
    private LocalDate monday;
    private List<FindingView> list = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    /** Loads the findings of the class and week once (called before the fragment renders). */
    public void load(Long classId, LocalDate monday) {
        if (classId == null || monday == null || (classId.equals(this.classId) && monday.equals(this.monday))) {
            return;
        }
        this.classId = classId;
        this.monday = monday;
        reload();
    }

    private void reload() {
        list = findings.ofClass(classId, monday, monday.plusDays(6), false);
    }

    public void settle(long findingId) {
        String note = notes.get(findingId);
        try {
            findings.settle(findingId, note == null || note.isBlank() ? null : note.strip());
            notes.remove(findingId);
            Feedback.info(FORM, Feedback.text("bat", "findings.settled"));
        } catch (EJBException | BusinessException | ConstraintViolationException e) {
            if (!Feedback.refused(FORM, e)) {
                Feedback.refuse(FORM, Feedback.text("bat", "findings.error"));
            }
        }
        reload();
    }

    public long openCount() {
        return list.stream().filter(f -> "OPEN".equals(f.status())).count();
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public List<FindingView> getList() {
        return list;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
