package ru.ejournal.web.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.parent.boundary.ProposalRow;
import ru.ejournal.parent.boundary.ProposalService;
import ru.ejournal.parent.boundary.ProposedChanges;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PersonForm;

/** A parent proposes changes to their own contact data and their children's addresses. */
@Named
@ViewScoped
public class MyDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalService proposals;

    private final PersonForm form = new PersonForm();
    private List<ChildLine> children = new ArrayList<>();
    private List<ProposalRow> mine = List.of();

    /** A child's address as the form edits it. */
    public static class ChildLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long studentId;
        private final String name;
        private String address;

        ChildLine(Long studentId, String name, String address) {
            this.studentId = studentId;
            this.name = name;
            this.address = address;
        }

        public String getName() {
            return name;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }

    @PostConstruct
    void init() {
        ProposedChanges current = proposals.myData();
        form.setPhone(current.phone());
        form.setExtraPhone(current.extraPhone());
        form.setWorkplace(current.workplace());
        form.setHomeAddress(current.homeAddress());
        children = new ArrayList<>(current.children().stream()
                .map(c -> new ChildLine(c.studentId(), c.studentName(), c.homeAddress()))
                .toList());
        mine = proposals.myProposals(Feedback.locale());
    }

    public void propose() {
        List<ProposedChanges.ChildAddress> addresses = children.stream()
                .map(c -> new ProposedChanges.ChildAddress(c.studentId, c.name, c.address))
                .toList();
        int[] filed = new int[1];
        if (Feedback.attempt(() -> filed[0] = proposals.propose(new ProposedChanges(
                form.getPhone(), form.getExtraPhone(), form.getWorkplace(), form.getHomeAddress(), addresses)))) {
            mine = proposals.myProposals(Feedback.locale());
            Feedback.info(Feedback.text("ct", "myData.sent", filed[0]));
        }
    }

    /** The parent's own contact data as proposed (phones, workplace, home address). */
    public PersonForm getForm() {
        return form;
    }

    public List<ChildLine> getChildren() {
        return children;
    }

    public List<ProposalRow> getMine() {
        return mine;
    }
}
