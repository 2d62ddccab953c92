package ru.ejournal.attendance.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.ejournal.attendance.control.DocumentPhotos;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.AbsenceNotice;
import ru.ejournal.attendance.entity.AbsenceNoticeDocument;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.attendance.entity.NoticeStatus;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * A parent tells the school in advance that the child will be absent; the class teacher accepts the
 * notice into an excuse record (which turns «Н» into «Б»/«У») or rejects it with a reason; the parent
 * sees the outcome. A notice may carry the photo of a document (JPEG or PNG, at most 5 MB), which only the
 * class teacher of the child's class (or the administrator) and the child's parents may open.
 */
@Stateless
public class AbsenceNoticeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AttendanceService attendance;

    /**
     * The notice with the photo of a document, or without one when {@code photo} is null. A photo that is
     * not a JPEG or PNG image by its bytes, or is larger than 5 MB, is refused and nothing is saved.
     */
    @RolesAllowed(PARENT)
    public long notifyAbsence(
            @NotNull(message = "{attendance.child.required}") Long studentId,
            @NotNull(message = "{attendance.from.required}") LocalDate from,
            @NotNull(message = "{attendance.to.required}") LocalDate to,
            @NotNull(message = "{attendance.reason.required}") ExcuseReason reason,
            @Size(max = 1000, message = "{attendance.comment.size}") String comment,
            NoticePhoto photo) {
        Student student = access.checkStudent(studentId, Intent.READ);
        String photoName = photo == null ? null : DocumentPhotos.safeName(photo.fileName());
        String photoType = photo == null ? null : DocumentPhotos.check(photoName, photo.content());
        if (to.isBefore(from)) {
            throw new BusinessException("attendance.dates.endBeforeStart");
        }
        if (to.isAfter(from.plusDays(60))) {
            throw new BusinessException("attendance.notice.tooLong");
        }
        if (from.isBefore(LocalDate.now().minusDays(7))) {
            throw new BusinessException("attendance.notice.tooLate");
        }
        AbsenceNotice notice = new AbsenceNotice(
                student,
                from,
                to,
                reason,
                comment == null || comment.isBlank() ? null : comment.strip(),
                access.login(),
                Instant.now());
        em.persist(notice);
        if (photo != null) {
            em.persist(new AbsenceNoticeDocument(
                    notice, photoName, photoType, photo.content(), notice.getCreatedBy(), notice.getCreatedAt()));
        }
        em.flush();
        return notice.getId();
    }

    /**
     * The photo of the document attached to a notice: for the class teacher of the child's class, the
     * administrator and the child's parents; anyone else is refused.
     */
    @RolesAllowed({PARENT, CLASS_TEACHER, ADMIN})
    public NoticePhoto photo(@NotNull(message = "{attendance.notice.required}") Long noticeId) {
        AbsenceNotice notice = em.find(AbsenceNotice.class, noticeId);
        if (notice == null) {
            throw new AccessDeniedException("attendance.notice.noAccess");
        }
        boolean parent = access.callerHas(ru.ejournal.security.entity.Role.PARENT);
        access.checkStudent(notice.getStudent().getId(), parent ? Intent.READ : Intent.WRITE);
        return em.createQuery(
                        "select d from AbsenceNoticeDocument d where d.notice.id = :noticeId",
                        AbsenceNoticeDocument.class)
                .setParameter("noticeId", noticeId)
                .getResultStream()
                .findFirst()
                .map(d -> new NoticePhoto(d.getFileName(), d.getContentType(), d.getContent()))
                .orElseThrow(() -> new BusinessException("attendance.notice.noPhoto"));
    }

    /** The notices of a child, newest first, with their outcome. */
    @RolesAllowed({PARENT, CLASS_TEACHER, ADMIN})
    public List<NoticeLine> ofStudent(@NotNull(message = "{attendance.child.required}") Long studentId) {
        return ofStudent(studentId, Texts.RUSSIAN);
    }

    /** The same, the reasons and outcomes in {@code locale}. */
    @RolesAllowed({PARENT, CLASS_TEACHER, ADMIN})
    public List<NoticeLine> ofStudent(@NotNull(message = "{attendance.child.required}") Long studentId, Locale locale) {
        access.checkStudent(studentId, Intent.READ);
        List<AbsenceNotice> list = em.createQuery("""
                select n from AbsenceNotice n join fetch n.student s where s.id = :studentId
                order by n.dateFrom desc, n.id desc""", AbsenceNotice.class)
                .setParameter("studentId", studentId)
                .setMaxResults(50)
                .getResultList();
        return lines(list, locale);
    }

    /** The class's notices waiting for the class teacher's decision. */
    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public List<NoticeLine> pending(@NotNull(message = "{attendance.class.required}") Long classId) {
        return pending(classId, Texts.RUSSIAN);
    }

    /** The same, the reasons and outcomes in {@code locale}. */
    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public List<NoticeLine> pending(@NotNull(message = "{attendance.class.required}") Long classId, Locale locale) {
        access.checkClass(classId, Intent.WRITE);
        List<AbsenceNotice> list = em.createQuery("""
                select n from AbsenceNotice n join fetch n.student s where s.schoolClass.id = :classId
                and n.status = ru.ejournal.attendance.entity.NoticeStatus.PENDING order by n.dateFrom, s.lastName""", AbsenceNotice.class)
                .setParameter("classId", classId)
                .getResultList();
        return lines(list, locale);
    }

    /** Accepts the notice: an excuse record with the parent's statement as the document. */
    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public int accept(@NotNull Long noticeId) {
        AbsenceNotice notice = pendingNotice(noticeId);
        int excused = attendance.addExcuse(
                notice.getStudent().getId(),
                notice.getDateFrom(),
                notice.getDateTo(),
                notice.getReason(),
                Texts.text("attendance.notice.document"),
                notice.getComment());
        AbsenceExcuse excuse = em.createQuery("""
                select e from AbsenceExcuse e where e.student = :student and e.dateFrom = :from and e.dateTo = :to
                order by e.id desc""", AbsenceExcuse.class)
                .setParameter("student", notice.getStudent())
                .setParameter("from", notice.getDateFrom())
                .setParameter("to", notice.getDateTo())
                .setMaxResults(1)
                .getSingleResult();
        notice.accept(excuse, access.login(), Instant.now());
        return excused;
    }

    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public void reject(
            @NotNull Long noticeId,
            @NotBlank(message = "{attendance.reject.reasonRequired}")
                    @Size(max = 1000, message = "{attendance.reject.reasonSize}")
                    String why) {
        AbsenceNotice notice = pendingNotice(noticeId);
        notice.reject(why.strip(), access.login(), Instant.now());
    }

    private AbsenceNotice pendingNotice(Long noticeId) {
        AbsenceNotice notice = em.find(AbsenceNotice.class, noticeId);
        if (notice == null) {
            throw new AccessDeniedException("attendance.notice.noAccess");
        }
        access.checkStudent(notice.getStudent().getId(), Intent.WRITE);
        if (notice.getStatus() != NoticeStatus.PENDING) {
            throw new ConflictException("attendance.notice.decided");
        }
        return notice;
    }

    /** The lines of notices, with one query for which of them have a photo (its bytes are not read). */
    private List<NoticeLine> lines(List<AbsenceNotice> notices, Locale locale) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Set<Long> withPhoto = new HashSet<>(em.createQuery(
                        "select d.notice.id from AbsenceNoticeDocument d where d.notice.id in :ids", Long.class)
                .setParameter("ids", notices.stream().map(AbsenceNotice::getId).toList())
                .getResultList());
        return notices.stream()
                .map(n -> line(n, withPhoto.contains(n.getId()), locale))
                .toList();
    }

    private static NoticeLine line(AbsenceNotice n, boolean photo, Locale locale) {
        String status = Texts.text(
                locale,
                switch (n.getStatus()) {
                    case PENDING -> "attendance.notice.pending";
                    case ACCEPTED -> "attendance.notice.accepted";
                    case REJECTED -> "attendance.notice.rejected";
                });
        return new NoticeLine(
                n.getId(),
                n.getStudent().getId(),
                n.getStudent().shortName(),
                n.getDateFrom(),
                n.getDateTo(),
                Texts.text(
                        locale,
                        n.getReason() == ExcuseReason.ILLNESS
                                ? "attendance.reason.illness"
                                : "attendance.reason.otherExcused"),
                n.getComment(),
                status,
                n.getStatus() == NoticeStatus.PENDING,
                n.getCreatedBy(),
                n.getDecidedBy(),
                n.getDecisionReason(),
                photo);
    }
}
