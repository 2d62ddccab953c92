package ru.ejournal.student.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** Students: the roster of a class and the personal data the class teacher keeps (D3, D5). */
@Stateless
public class StudentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public Student find(@NotNull Long studentId) {
        return access.checkStudent(studentId, Intent.READ);
    }

    /** The students of a class who study there now, by last name. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER})
    public List<Student> roster(@NotNull Long classId) {
        access.checkClass(classId, Intent.READ);
        return em.createNamedQuery("Student.findByClass", Student.class)
                .setParameter("schoolClassId", classId)
                .getResultList();
    }

    /**
     * Saves the personal data; {@code expectedVersion} is the version the editor loaded, so that a
     * second editor gets a conflict instead of silently overwriting the first.
     */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Student updatePersonalData(@NotNull Long studentId, long expectedVersion,
            @NotNull(message = "Нет данных для сохранения") @Valid PersonalData data) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        if (student.getVersion() != expectedVersion) {
            throw new ConflictException("Карточку ученика уже изменил другой пользователь; обновите страницу");
        }
        if (student.getStatus() == StudentStatus.DEPARTED) {
            throw new BusinessException("Ученик выбыл: его данные доступны только для чтения");
        }
        Map<String, String> before = student.auditSnapshot();
        student.setLastName(data.lastName().trim());
        student.setFirstName(data.firstName().trim());
        student.setPatronymic(blankToNull(data.patronymic()));
        student.setBirthDate(data.birthDate());
        student.setGender(data.gender());
        student.setHomeAddress(blankToNull(data.homeAddress()));
        student.setPhone(blankToNull(data.phone()));
        history.record(student, before, access.caller().getLogin(), null);
        return student;
    }

    /** "Verified on/by" stamp of the monthly check (D5). */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Student markVerified(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        Map<String, String> before = student.auditSnapshot();
        student.setVerifiedAt(Instant.now());
        student.setVerifiedBy(access.caller().getLogin());
        history.record(student, before, access.caller().getLogin(), "Данные проверены");
        return student;
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ChangeRecord> history(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        return history.of(student.auditType(), student.getId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
