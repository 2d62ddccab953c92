package ru.ejournal.attendance.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.PARENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.AbsenceNotice;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.attendance.entity.NoticeStatus;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * A parent tells the school in advance that the child will be absent; the class teacher accepts the
 * notice into an excuse record (which turns «Н» into «Б»/«У») or rejects it with a reason; the parent
 * sees the outcome.
 */
@Stateless
public class AbsenceNoticeService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccessControl access;

    @Inject
    AttendanceService attendance;

    @RolesAllowed(PARENT)
    public long notifyAbsence(
            @NotNull(message = "Выберите ребёнка") Long studentId,
            @NotNull(message = "Укажите, с какого дня") LocalDate from,
            @NotNull(message = "Укажите, по какой день") LocalDate to,
            @NotNull(message = "Укажите причину") ExcuseReason reason,
            @Size(max = 1000, message = "Комментарий — не длиннее 1000 символов") String comment) {
        Student student = access.checkStudent(studentId, Intent.READ);
        if (to.isBefore(from)) {
            throw new BusinessException("Дата окончания раньше даты начала");
        }
        if (to.isAfter(from.plusDays(60))) {
            throw new BusinessException("Заранее можно сообщить об отсутствии не больше чем на 60 дней");
        }
        if (from.isBefore(LocalDate.now().minusDays(7))) {
            throw new BusinessException("О пропусках прошедших дней сообщите классному руководителю: заявление "
                    + "подаётся не позднее чем через неделю");
        }
        AbsenceNotice notice = new AbsenceNotice(
                student,
                from,
                to,
                reason,
                comment == null || comment.isBlank() ? null : comment.strip(),
                context.getCallerPrincipal().getName(),
                Instant.now());
        em.persist(notice);
        em.flush();
        return notice.getId();
    }

    /** The notices of a child, newest first, with their outcome. */
    @RolesAllowed({PARENT, CLASS_TEACHER, ADMIN})
    public List<NoticeLine> ofStudent(@NotNull(message = "Выберите ребёнка") Long studentId) {
        access.checkStudent(studentId, Intent.READ);
        return em.createQuery("""
                select n from AbsenceNotice n join fetch n.student s where s.id = :studentId
                order by n.dateFrom desc, n.id desc""", AbsenceNotice.class)
                .setParameter("studentId", studentId)
                .setMaxResults(50)
                .getResultStream()
                .map(AbsenceNoticeService::line)
                .toList();
    }

    /** The class's notices waiting for the class teacher's decision. */
    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public List<NoticeLine> pending(@NotNull(message = "Выберите класс") Long classId) {
        access.checkClass(classId, Intent.WRITE);
        return em.createQuery("""
                select n from AbsenceNotice n join fetch n.student s where s.schoolClass.id = :classId
                and n.status = ru.ejournal.attendance.entity.NoticeStatus.PENDING order by n.dateFrom, s.lastName""", AbsenceNotice.class)
                .setParameter("classId", classId)
                .getResultStream()
                .map(AbsenceNoticeService::line)
                .toList();
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
                "заявление родителей",
                notice.getComment());
        AbsenceExcuse excuse = em.createQuery("""
                select e from AbsenceExcuse e where e.student = :student and e.dateFrom = :from and e.dateTo = :to
                order by e.id desc""", AbsenceExcuse.class)
                .setParameter("student", notice.getStudent())
                .setParameter("from", notice.getDateFrom())
                .setParameter("to", notice.getDateTo())
                .setMaxResults(1)
                .getSingleResult();
        notice.accept(excuse, context.getCallerPrincipal().getName(), Instant.now());
        return excused;
    }

    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public void reject(
            @NotNull Long noticeId,
            @NotBlank(message = "Укажите причину отказа")
                    @Size(max = 1000, message = "Причина — не длиннее 1000 символов")
                    String why) {
        AbsenceNotice notice = pendingNotice(noticeId);
        notice.reject(why.strip(), context.getCallerPrincipal().getName(), Instant.now());
    }

    private AbsenceNotice pendingNotice(Long noticeId) {
        AbsenceNotice notice = em.find(AbsenceNotice.class, noticeId);
        if (notice == null) {
            throw new AccessDeniedException("Нет доступа к этому заявлению");
        }
        access.checkStudent(notice.getStudent().getId(), Intent.WRITE);
        if (notice.getStatus() != NoticeStatus.PENDING) {
            throw new ConflictException("Решение по этому заявлению уже принято");
        }
        return notice;
    }

    private static NoticeLine line(AbsenceNotice n) {
        String status = switch (n.getStatus()) {
            case PENDING -> "ждёт решения";
            case ACCEPTED -> "принято";
            case REJECTED -> "отклонено";
        };
        return new NoticeLine(
                n.getId(),
                n.getStudent().getId(),
                n.getStudent().shortName(),
                n.getDateFrom(),
                n.getDateTo(),
                n.getReason() == ExcuseReason.ILLNESS ? "болезнь" : "другая уважительная причина",
                n.getComment(),
                status,
                n.getStatus() == NoticeStatus.PENDING,
                n.getCreatedBy(),
                n.getDecidedBy(),
                n.getDecisionReason());
    }
}
