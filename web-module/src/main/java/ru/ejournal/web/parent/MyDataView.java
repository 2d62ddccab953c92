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

/** A parent proposes changes to their own contact data and their children's addresses. */
@Named
@ViewScoped
public class MyDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalService proposals;

    private String phone;
    private String extraPhone;
    private String workplace;
    private String homeAddress;
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
        phone = current.phone();
        extraPhone = current.extraPhone();
        workplace = current.workplace();
        homeAddress = current.homeAddress();
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
        if (Feedback.attempt(() -> filed[0] =
                proposals.propose(new ProposedChanges(phone, extraPhone, workplace, homeAddress, addresses)))) {
            mine = proposals.myProposals(Feedback.locale());
            Feedback.info(Feedback.text("ct", "myData.sent", filed[0]));
        }
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getExtraPhone() {
        return extraPhone;
    }

    public void setExtraPhone(String extraPhone) {
        this.extraPhone = extraPhone;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(String homeAddress) {
        this.homeAddress = homeAddress;
    }

    public List<ChildLine> getChildren() {
        return children;
    }

    public List<ProposalRow> getMine() {
        return mine;
    }
}
