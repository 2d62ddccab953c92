package ru.ejournal.web.student;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.boundary.ParentRow;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.student.boundary.StudentService;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.HistoryLine;
import ru.ejournal.web.common.PersonCard;
import ru.ejournal.web.common.PersonForm;

/**
 * The student card: personal data with validation, "verified" stamp, parents (find an existing one
 * before entering a new one) and the change history of every field.
 */
@Named
@ViewScoped
public class StudentCardView extends PersonCard {

    private static final long serialVersionUID = 1L;

    @Inject
    StudentService students;

    @Inject
    ParentService parents;

    private String className;
    private boolean departed;
    private LocalDate minBirthDate;
    private LocalDate maxBirthDate;
    private List<ParentLine> parentLines = List.of();

    private String parentLastName;
    private String parentFirstName;
    private String parentPatronymic;
    private String parentPhone;
    private Relation relation = Relation.MOTHER;
    private List<ParentRow> matches;

    /** A parent of the student as the card lists them. */
    public record ParentLine(Long parentId, String fullName, Relation relation, String phone, String workplace)
            implements Serializable {}

    /** Loads the card; a student the caller may not see ends in the "no access" page. */
    public void load() {
        Feedback.load(this::loadCard);
    }

    private void loadCard() {
        LocalDate[] range = students.plausibleBirthDates(id);
        minBirthDate = range[0];
        maxBirthDate = range[1];
        fill(students.find(id));
        refreshRelated();
    }

    private void fill(Student s) {
        version = s.getVersion();
        fullName = s.fullName();
        className = s.getSchoolClass().getName();
        departed = s.isDeparted();
        verifiedAt = s.getVerifiedAt();
        verifiedBy = s.getVerifiedBy();
        form = PersonForm.of(s);
    }

    private void refreshRelated() {
        parentLines = parents.parentsOf(id).stream()
                .map((StudentParent sp) -> new ParentLine(
                        sp.getParent().getId(),
                        sp.getParent().fullName(),
                        sp.getRelation(),
                        sp.getParent().getPhone(),
                        sp.getParent().getWorkplace()))
                .toList();
        history = HistoryLine.of(students.history(id));
    }

    public void save() {
        if (Feedback.attempt(() -> fill(students.updatePersonalData(id, version, form.personalData())))) {
            history = HistoryLine.of(students.history(id));
            Feedback.info(Feedback.text("ct", "student.saved"));
        }
    }

    public void verify() {
        if (Feedback.attempt(() -> fill(students.markVerified(id)))) {
            Feedback.info(Feedback.text("ct", "card.verified"));
        }
    }

    public void findParents() {
        Feedback.attempt(() -> {
            matches = parents.findExisting(id, parentLastName, parentFirstName, parentPatronymic, parentPhone);
            if (matches.isEmpty()) {
                Feedback.info(Feedback.text("ct", "parent.noMatches"));
            }
        });
    }

    public void linkParent(Long parentId) {
        if (Feedback.attempt(() -> parents.linkExisting(id, parentId, relation))) {
            matches = null;
            refreshRelated();
            Feedback.info(Feedback.text("ct", "parent.linked"));
        }
    }

    public void createParent() {
        if (Feedback.attempt(() -> parents.create(
                id,
                relation,
                new ParentData(
                        parentLastName, parentFirstName, parentPatronymic, parentPhone, null, null, null, null)))) {
            matches = null;
            parentLastName = parentFirstName = parentPatronymic = parentPhone = null;
            refreshRelated();
            Feedback.info(Feedback.text("ct", "parent.added"));
        }
    }

    public String relationTitle(Relation r) {
        return r == null ? "" : Feedback.text("ct", "parent.relation." + r.name());
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public String getClassName() {
        return className;
    }

    public boolean isDeparted() {
        return departed;
    }

    public LocalDate getMinBirthDate() {
        return minBirthDate;
    }

    public LocalDate getMaxBirthDate() {
        return maxBirthDate;
    }

    public List<ParentLine> getParentLines() {
        return parentLines;
    }

    public String getParentLastName() {
        return parentLastName;
    }

    public void setParentLastName(String parentLastName) {
        this.parentLastName = parentLastName;
    }

    public String getParentFirstName() {
        return parentFirstName;
    }

    public void setParentFirstName(String parentFirstName) {
        this.parentFirstName = parentFirstName;
    }

    public String getParentPatronymic() {
        return parentPatronymic;
    }

    public void setParentPatronymic(String parentPatronymic) {
        this.parentPatronymic = parentPatronymic;
    }

    public String getParentPhone() {
        return parentPhone;
    }

    public void setParentPhone(String parentPhone) {
        this.parentPhone = parentPhone;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public List<ParentRow> getMatches() {
        return matches;
    }
}
