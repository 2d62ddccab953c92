package ru.ejournal.regulation.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.parent.control.ParentAccess;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.regulation.entity.RegulationAcknowledgement;
import ru.ejournal.regulation.entity.RegulationVersion;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;

/**
 * Положение об ЭЖ/ЭД (D1): the administrator publishes a version; parents acknowledge it after
 * sign-in; the class teacher sees who has not and records paper acknowledgements.
 */
@Stateless
public class RegulationService {

    private static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ParentAccess parentAccess;

    /** Publishes a new version, which becomes the current one; parents must acknowledge it anew. */
    @RolesAllowed(ADMIN)
    public RegulationText publish(
            @NotBlank(message = "{regulation.title.required}") @Size(max = 300, message = "{regulation.title.size}")
                    String title,
            String body,
            byte[] pdf) {
        boolean noBody = body == null || body.isBlank();
        if (noBody && (pdf == null || pdf.length == 0)) {
            throw new BusinessException("regulation.empty");
        }
        if (pdf != null && pdf.length > 0 && (pdf.length > MAX_PDF_BYTES || !isPdf(pdf))) {
            throw new BusinessException("regulation.notPdf");
        }
        School school = access.callerSchool();
        em.createNamedQuery("RegulationVersion.findCurrent", RegulationVersion.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .forEach(r -> r.setCurrent(false));
        RegulationVersion version = new RegulationVersion(school, title.trim(), noBody ? null : body.trim());
        version.setPdf(pdf == null || pdf.length == 0 ? null : pdf);
        version.publish(access.caller().getLogin(), Instant.now());
        em.persist(version);
        return text(version);
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, PARENT})
    public Optional<RegulationText> current() {
        return currentVersion(access.callerSchool()).map(RegulationService::text);
    }

    /**
     * How many parents of the class's studying pupils have not acknowledged the current version: the
     * unacknowledged rows of {@link #statusOfClass}, counted by the database (one statement besides the
     * access check and the current version) for the class teacher's home card; 0 while nothing is published.
     */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public long countNotAcknowledgedInClass(@NotNull Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        return currentVersion(schoolClass.getSchool())
                .map(v -> em.createQuery("""
                                select count(distinct sp.parent) from StudentParent sp
                                where sp.student.schoolClass = :c
                                and sp.student.status = ru.ejournal.student.entity.StudentStatus.STUDYING
                                and not exists (select a from RegulationAcknowledgement a
                                    where a.regulationVersion = :v and a.parent = sp.parent)""", Long.class)
                        .setParameter("c", schoolClass)
                        .setParameter("v", v)
                        .getSingleResult())
                .orElse(0L);
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, PARENT})
    public byte[] currentPdf() {
        return currentVersion(access.callerSchool())
                .map(RegulationVersion::getPdf)
                .orElseThrow(() -> new BusinessException("regulation.noPdf"));
    }

    /** The current version if the signed-in parent has not acknowledged it yet. */
    @RolesAllowed(PARENT)
    public Optional<RegulationText> pendingForMe() {
        Parent parent = callerParent();
        return currentVersion(parent.getSchool())
                .filter(v -> findAck(v, parent).isEmpty())
                .map(RegulationService::text);
    }

    @RolesAllowed(PARENT)
    public void acknowledge(@NotNull Long versionId) {
        Parent parent = callerParent();
        RegulationVersion version = currentVersion(parent.getSchool())
                .filter(v -> v.getId().equals(versionId))
                .orElseThrow(() -> new BusinessException("regulation.outdated"));
        if (findAck(version, parent).isEmpty()) {
            em.persist(new RegulationAcknowledgement(
                    version, parent, Instant.now(), false, access.caller().getLogin()));
        }
    }

    /** The class teacher records that the parent signed the paper sheet. */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public void recordOnPaper(@NotNull Long parentId) {
        Parent parent = parentAccess.check(parentId, Intent.WRITE);
        RegulationVersion version =
                currentVersion(parent.getSchool()).orElseThrow(() -> new BusinessException("regulation.notPublished"));
        if (findAck(version, parent).isPresent()) {
            throw new BusinessException("regulation.alreadyAcknowledged");
        }
        em.persist(new RegulationAcknowledgement(
                version, parent, Instant.now(), true, access.caller().getLogin()));
    }

    /** Every parent of the class's studying students with their acknowledgement of the current version. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<AcknowledgementRow> statusOfClass(@NotNull Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        Optional<RegulationVersion> version = currentVersion(schoolClass.getSchool());
        Map<Long, RegulationAcknowledgement> acks = new HashMap<>();
        version.ifPresent(
                v -> em.createNamedQuery("RegulationAcknowledgement.findByVersion", RegulationAcknowledgement.class)
                        .setParameter("regulationVersionId", v.getId())
                        .getResultStream()
                        .forEach(a -> acks.put(a.getParent().getId(), a)));
        Map<Parent, List<String>> children = new LinkedHashMap<>();
        em.createQuery("""
                        select sp from StudentParent sp where sp.student.schoolClass = :c
                        and sp.student.status = ru.ejournal.student.entity.StudentStatus.STUDYING
                        order by sp.parent.lastName, sp.parent.firstName, sp.parent.id""", StudentParent.class)
                .setParameter("c", schoolClass)
                .getResultStream()
                .forEach(sp -> children.computeIfAbsent(sp.getParent(), p -> new ArrayList<>())
                        .add(sp.getStudent().shortName()));
        List<AcknowledgementRow> rows = new ArrayList<>();
        children.forEach((p, names) -> {
            RegulationAcknowledgement a = acks.get(p.getId());
            rows.add(new AcknowledgementRow(
                    p.getId(),
                    p.fullName(),
                    String.join(", ", names),
                    a == null ? null : a.getAcknowledgedAt(),
                    a != null && a.isOnPaper(),
                    a == null ? null : a.getRecordedBy()));
        });
        return rows;
    }

    private Parent callerParent() {
        UserAccount caller = access.caller();
        if (caller.getParent() == null) {
            throw new AccessDeniedException("regulation.notAParent");
        }
        return caller.getParent();
    }

    private Optional<RegulationVersion> currentVersion(School school) {
        return em.createNamedQuery("RegulationVersion.findCurrent", RegulationVersion.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .findFirst();
    }

    private Optional<RegulationAcknowledgement> findAck(RegulationVersion version, Parent parent) {
        return em.createNamedQuery("RegulationAcknowledgement.findByVersionAndParent", RegulationAcknowledgement.class)
                .setParameter("regulationVersionId", version.getId())
                .setParameter("parentId", parent.getId())
                .getResultStream()
                .findFirst();
    }

    private static boolean isPdf(byte[] data) {
        return data.length > 4 && data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F';
    }

    private static RegulationText text(RegulationVersion v) {
        return new RegulationText(v.getId(), v.getTitle(), v.getBody(), v.getPdf() != null, v.getPublishedAt());
    }
}
