package ru.ejournal.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Sends each person to the home page of their main role. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    SecurityContext security;

    public String landing() {
        if (security.isCallerInRole("REGION_ADMIN")) {
            return "/region/home?faces-redirect=true";
        }
        if (security.isCallerInRole("ADMIN")) {
            return "/admin/home?faces-redirect=true";
        }
        if (security.isCallerInRole("DEPUTY_DIRECTOR")) {
            return "/deputy/home?faces-redirect=true";
        }
        if (security.isCallerInRole("CLASS_TEACHER") || security.isCallerInRole("SUBJECT_TEACHER")) {
            return "/teacher/home?faces-redirect=true";
        }
        if (security.isCallerInRole("PARENT")) {
            return "/parent/home?faces-redirect=true";
        }
        if (security.isCallerInRole("STUDENT")) {
            return "/student/home?faces-redirect=true";
        }
        return "/login?faces-redirect=true";
    }
}
