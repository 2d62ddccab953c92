package ru.ejournal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import ru.ejournal.credentials.boundary.PasswordService;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.security.SessionValidityFilter;

/** Changing one's own password; required after signing in with a one-time password. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    PasswordService passwords;

    @Inject
    FacesContext faces;

    private String current;
    private String newPassword;
    private String repeated;

    public boolean isForced() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ForcePasswordChangeFilter.ATTRIBUTE));
    }

    public String change() {
        if (Feedback.attempt(() -> passwords.changeOwnPassword(current, newPassword, repeated))) {
            faces.getExternalContext().getSessionMap().remove(ForcePasswordChangeFilter.ATTRIBUTE);
            // the other sessions of the account end (they signed in before the change); this one gets a new id
            SessionValidityFilter.signedIn((jakarta.servlet.http.HttpServletRequest)
                    faces.getExternalContext().getRequest());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Feedback.info(Feedback.text("ct", "password.changed"));
            return "/index?faces-redirect=true";
        }
        current = newPassword = repeated = null;
        return null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
