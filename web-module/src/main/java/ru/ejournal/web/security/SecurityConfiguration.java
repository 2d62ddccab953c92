package ru.ejournal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import ru.ejournal.security.control.RoleNames;

/**
 * Sign-in through our own Faces login page (so that lock-outs can be explained in Russian),
 * checked by {@link AccountIdentityStore}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
    RoleNames.ADMIN,
    RoleNames.DEPUTY_DIRECTOR,
    RoleNames.CLASS_TEACHER,
    RoleNames.SUBJECT_TEACHER,
    RoleNames.PARENT,
    RoleNames.STUDENT,
    RoleNames.REGION_ADMIN
})
public class SecurityConfiguration {}
