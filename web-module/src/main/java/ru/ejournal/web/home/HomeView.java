package ru.ejournal.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.function.Predicate;

/** Sends each person to the home page of their main role. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    SecurityContext security;

    public String landing() {
        return homeOf(security::isCallerInRole);
    }

    /**
     * The home page of the main role, as a redirecting outcome; the login page sends a person there
     * directly after signing in (one request fewer than through {@code /index.xhtml}).
     */
    public static String homeOf(Predicate<String> inRole) {
        if (inRole.test("REGION_ADMIN")) {
            return "/region/home?faces-redirect=true";
        }
        if (inRole.test("ADMIN")) {
            return "/admin/home?faces-redirect=true";
        }
        if (inRole.test("DEPUTY_DIRECTOR")) {
            return "/deputy/home?faces-redirect=true";
        }
        if (inRole.test("CLASS_TEACHER") || inRole.test("SUBJECT_TEACHER")) {
            return "/teacher/home?faces-redirect=true";
        }
        if (inRole.test("PARENT")) {
            return "/parent/home?faces-redirect=true";
        }
        if (inRole.test("STUDENT")) {
            return "/student/home?faces-redirect=true";
        }
        return "/login?faces-redirect=true";
    }
}
