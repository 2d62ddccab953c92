package ru.ejournal.parent.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.parent.control.ParentAccess;
import ru.ejournal.parent.entity.DataChangeProposal;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.ProposalStatus;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * Parents keep their own data current (D3, D5): a parent proposes new phones, workplace and address
 * (and their child's address); the class teacher accepts or rejects each field. Acceptance writes
 * the change history (who proposed, who accepted) and stamps the record verified.
 */
@Stateless
public class ProposalService {

    /** The fields a parent may propose, with the keys of their titles. */
    private static final Map<String, String> TITLES = Map.of(
            "phone",
            "parent.field.phone",
            "extraPhone",
            "parent.field.extraPhone",
            "workplace",
            "parent.field.workplace",
            "homeAddress",
            "parent.field.homeAddress");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ParentAccess parentAccess;

    @Inject
    ChangeHistory history;

    /** The signed-in parent's current data, as the proposal form starts from. */
    @RolesAllowed(PARENT)
    public ProposedChanges myData() {
        Parent parent = callerParent();
        List<ProposedChanges.ChildAddress> children = children(parent).stream()
                .map(s -> new ProposedChanges.ChildAddress(s.getId(), s.fullName(), s.getHomeAddress()))
                .toList();
        return new ProposedChanges(
                parent.getPhone(), parent.getExtraPhone(), parent.getWorkplace(), parent.getHomeAddress(), children);
    }

    /** Files one proposal per changed field; returns how many. A newer proposal replaces an open one. */
    @RolesAllowed(PARENT)
    public int propose(@NotNull(message = "{parent.proposal.required}") @Valid ProposedChanges changes) {
        Parent parent = callerParent();
        String by = access.caller().getLogin();
        Instant now = Instant.now();
        int filed = 0;
        filed += file(parent, null, "phone", parent.getPhone(), changes.phone(), by, now);
        filed += file(parent, null, "extraPhone", parent.getExtraPhone(), changes.extraPhone(), by, now);
        filed += file(parent, null, "workplace", parent.getWorkplace(), changes.workplace(), by, now);
        filed += file(parent, null, "homeAddress", parent.getHomeAddress(), changes.homeAddress(), by, now);
        Map<Long, Student> mine = children(parent).stream().collect(Collectors.toMap(Student::getId, s -> s));
        for (ProposedChanges.ChildAddress child : changes.children()) {
            Student student = mine.get(child.studentId());
            if (student == null) {
                throw new AccessDeniedException("common.noAccess");
            }
            filed += file(parent, student, "homeAddress", student.getHomeAddress(), child.homeAddress(), by, now);
        }
        if (filed == 0) {
            throw new BusinessException("parent.proposal.nothingChanged");
        }
        return filed;
    }

    @RolesAllowed(PARENT)
    public List<ProposalRow> myProposals() {
        return myProposals(Texts.RUSSIAN);
    }

    /** The caller's proposals, the fields named in {@code locale}. */
    @RolesAllowed(PARENT)
    public List<ProposalRow> myProposals(Locale locale) {
        return em.createNamedQuery("DataChangeProposal.findByParent", DataChangeProposal.class)
                .setParameter("parentId", callerParent().getId())
                .setMaxResults(50)
                .getResultStream()
                .map(p -> row(p, locale))
                .toList();
    }

    /** How many {@link #openOfClass open proposals} the parents of a class have: one statement, no rows built. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public long countOpenOfClass(@NotNull Long classId) {
        SchoolClass c = access.checkClass(classId, Intent.WRITE);
        return em.createQuery("""
                        select count(distinct p) from DataChangeProposal p, StudentParent sp
                        where p.status = ru.ejournal.parent.entity.ProposalStatus.OPEN and sp.parent = p.parent
                        and sp.student.schoolClass.id = :schoolClassId""", Long.class)
                .setParameter("schoolClassId", c.getId())
                .getSingleResult();
    }

    /** Open proposals of the parents of a class. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ProposalRow> openOfClass(@NotNull Long classId) {
        return openOfClass(classId, Texts.RUSSIAN);
    }

    /** The same, the fields named in {@code locale}. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ProposalRow> openOfClass(@NotNull Long classId, Locale locale) {
        SchoolClass c = access.checkClass(classId, Intent.WRITE);
        return em.createNamedQuery("DataChangeProposal.findOpenByClass", DataChangeProposal.class)
                .setParameter("schoolClassId", c.getId())
                .getResultStream()
                .map(p -> row(p, locale))
                .toList();
    }

    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public void accept(@NotNull Long proposalId) {
        DataChangeProposal p = openProposal(proposalId);
        String by = access.caller().getLogin();
        Instant now = Instant.now();
        String reason = Texts.text("parent.proposal.accepted", p.getProposedBy());
        if (p.getStudent() != null) {
            Student s = p.getStudent();
            Map<String, String> before = s.auditSnapshot();
            s.setHomeAddress(p.getNewValue());
            history.record(s, before, by, reason);
            s.markVerified(by, now);
        } else {
            Parent parent = p.getParent();
            Map<String, String> before = parent.auditSnapshot();
            switch (p.getField()) {
                case "phone" -> parent.setPhone(p.getNewValue());
                case "extraPhone" -> parent.setExtraPhone(p.getNewValue());
                case "workplace" -> parent.setWorkplace(p.getNewValue());
                case "homeAddress" -> parent.setHomeAddress(p.getNewValue());
                default -> throw new BusinessException("parent.proposal.fieldNotAllowed");
            }
            history.record(parent, before, by, reason);
            parent.markVerified(by, now);
        }
        p.decide(ProposalStatus.ACCEPTED, by, now, null);
    }

    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public void reject(
            @NotNull Long proposalId,
            @NotBlank(message = "{parent.proposal.reasonRequired}")
                    @Size(max = 1000, message = "{parent.proposal.reasonSize}")
                    String reason) {
        openProposal(proposalId)
                .decide(ProposalStatus.REJECTED, access.caller().getLogin(), Instant.now(), reason.trim());
    }

    private int file(
            Parent parent, Student student, String field, String current, String proposed, String by, Instant now) {
        String value = proposed == null || proposed.isBlank() ? null : proposed.trim();
        if (Objects.equals(value, current)) {
            return 0;
        }
        em.createNamedQuery("DataChangeProposal.findOpenByTarget", DataChangeProposal.class)
                .setParameter("targetType", student == null ? DataChangeProposal.PARENT : DataChangeProposal.STUDENT)
                .setParameter("targetId", student == null ? parent.getId() : student.getId())
                .setParameter("field", field)
                .getResultStream()
                .forEach(old -> old.decide(ProposalStatus.REJECTED, by, now, Texts.text("parent.proposal.replaced")));
        em.persist(new DataChangeProposal(parent, student, field, current, value, by, now));
        return 1;
    }

    private DataChangeProposal openProposal(Long id) {
        DataChangeProposal p = id == null ? null : em.find(DataChangeProposal.class, id);
        if (p == null) {
            throw new AccessDeniedException("common.noAccess");
        }
        if (p.getStudent() != null) {
            access.checkStudent(p.getStudent().getId(), Intent.WRITE);
        } else {
            parentAccess.check(p.getParent().getId(), Intent.WRITE);
        }
        if (!p.isOpen()) {
            throw new BusinessException("parent.proposal.decided");
        }
        return p;
    }

    private List<Student> children(Parent parent) {
        return em.createNamedQuery("StudentParent.findByParent", StudentParent.class)
                .setParameter("parentId", parent.getId())
                .getResultStream()
                .map(StudentParent::getStudent)
                .filter(s -> !s.isDeparted())
                .toList();
    }

    private Parent callerParent() {
        UserAccount caller = access.caller();
        if (caller.getParent() == null) {
            throw new AccessDeniedException("parent.notAParent");
        }
        return caller.getParent();
    }

    private static ProposalRow row(DataChangeProposal p, Locale locale) {
        String subject = p.getStudent() == null
                ? Texts.text(locale, "parent.proposal.ofParent")
                : Texts.text(locale, "parent.proposal.ofStudent", p.getStudent().fullName());
        return new ProposalRow(
                p.getId(),
                p.getParent().fullName(),
                subject,
                TITLES.containsKey(p.getField()) ? Texts.text(locale, TITLES.get(p.getField())) : p.getField(),
                p.getOldValue(),
                p.getNewValue(),
                p.getStatus(),
                p.getProposedAt(),
                p.getDecidedBy(),
                p.getRejectReason());
    }

    static Set<String> fields() {
        return TITLES.keySet();
    }
}
