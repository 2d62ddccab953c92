package ru.ejournal.it.support;

import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs a piece of a test as a signed-in person: the identity the web sign-in would have created
 * (login as principal, the account's roles), so services see the same caller as in production.
 */
public final class Caller {

    private Caller() {}

    public static <T> T as(String login, Set<String> roles, Callable<T> action) throws Exception {
        return identity(login, roles).runAs(action);
    }

    public static void run(String login, Set<String> roles, Action action) throws Exception {
        as(login, roles, () -> {
            action.run();
            return null;
        });
    }

    /** A step of a test that may throw. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private static SecurityIdentity identity(String login, Set<String> roles) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No Elytron security domain for this deployment");
        }
        return domain.createAdHocIdentity(new NamePrincipal(login))
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
    }
}
