package ru.ejournal.web.parent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.HistoryLine;
import ru.ejournal.web.common.PersonCard;
import ru.ejournal.web.common.PersonForm;

/** The parent card: contact data, workplace, address, the "verified" stamp, children and history. */
@Named
@ViewScoped
public class ParentCardView extends PersonCard {

    private static final long serialVersionUID = 1L;

    @Inject
    ParentService parents;

    private List<String> children = List.of();

    public void load() {
        Feedback.load(this::loadCard);
    }

    private void loadCard() {
        fill(parents.find(id));
        children = parents.childrenOf(id).stream()
                .map(sp -> sp.getStudent().fullName() + ", "
                        + sp.getStudent().getSchoolClass().getName()
                        + (sp.getStudent().isDeparted() ? " " + Feedback.text("ct", "parent.child.departed") : ""))
                .toList();
        history = HistoryLine.of(parents.history(id));
    }

    private void fill(Parent p) {
        version = p.getVersion();
        fullName = p.fullName();
        verifiedAt = p.getVerifiedAt();
        verifiedBy = p.getVerifiedBy();
        form = PersonForm.of(p);
    }

    public void save() {
        if (Feedback.attempt(() -> fill(parents.update(id, version, form.parentData())))) {
            history = HistoryLine.of(parents.history(id));
            Feedback.info(Feedback.text("ct", "parent.saved"));
        }
    }

    public void verify() {
        if (Feedback.attempt(() -> fill(parents.markVerified(id)))) {
            Feedback.info(Feedback.text("ct", "card.verified"));
        }
    }

    public List<String> getChildren() {
        return children;
    }
}
