package ru.ejournal.it.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.diary.boundary.VisitLine;
import ru.ejournal.diary.boundary.VisitReportService;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitEvent;
import ru.ejournal.security.entity.VisitKind;

/** The class teacher's weekly report of parents' visits (D13). */
@ExtendWith(ArquillianExtension.class)
class VisitReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    VisitReportService report;

    @Inject
    Tx tx;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    private void visit(VisitKind kind, Duration ago) {
        tx.call(em -> {
            UserAccount account = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                    .setParameter("login", f.parentA())
                    .getSingleResult();
            em.persist(new VisitEvent(
                    account.getSchool(),
                    account,
                    account.getLogin(),
                    kind,
                    Instant.now().minus(ago)));
            return null;
        });
    }

    private VisitLine line() throws Exception {
        List<VisitLine> lines = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> report.parentsOfClass(f.classA()));
        assertEquals(1, lines.size());
        return lines.get(0);
    }

    @Test
    @DisplayName("A parent who never came is highlighted; sign-ins and diary views are counted for 7 and 30 days")
    void visitsAreCounted() throws Exception {
        VisitLine never = line();
        assertNull(never.lastVisit());
        assertTrue(never.absentTooLong());

        visit(VisitKind.LOGIN, Duration.ofDays(2));
        visit(VisitKind.LOGIN, Duration.ofDays(20));
        visit(VisitKind.LOGIN, Duration.ofDays(40));
        visit(VisitKind.DIARY_VIEW, Duration.ofDays(2));
        visit(VisitKind.LOGIN_FAILED, Duration.ofDays(1));

        VisitLine counted = line();
        assertEquals(1, counted.logins7());
        assertEquals(2, counted.logins30());
        assertEquals(1, counted.diaryViews30());
        assertFalse(counted.absentTooLong());
        assertTrue(counted.child().contains("Кузнецов"), counted.child());
    }

    @Test
    @DisplayName("A parent whose last visit was 20 days ago is highlighted")
    void quietParentIsHighlighted() throws Exception {
        visit(VisitKind.LOGIN, Duration.ofDays(20));
        VisitLine quiet = line();
        assertTrue(quiet.absentTooLong());
        assertEquals(0, quiet.logins7());
        assertEquals(1, quiet.logins30());
    }

    @Test
    @DisplayName("Another class's teacher and a parent are refused the report")
    void othersAreRefused() {
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> report.parentsOfClass(f.classA())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> report.parentsOfClass(f.classA())));
    }
}
