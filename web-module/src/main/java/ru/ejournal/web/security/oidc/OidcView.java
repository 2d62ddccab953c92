package ru.ejournal.web.security.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import ru.ejournal.common.control.Settings;
import ru.ejournal.security.boundary.ExternalIdentityService;
import ru.ejournal.web.common.Feedback;

/**
 * The provider's button on the login page (only when a provider is configured), the outcome of the last flow
 * (a message left by {@link OidcServlet}, shown once), and the page «Вход через провайдера»
 * ({@code /account/identity.xhtml}) where a signed-in person links or unlinks their provider identity, and the
 * administrator sets or clears it on an account of the school.
 */
@Named
@RequestScoped
public class OidcView {

    @Inject
    FacesContext faces;

    @Inject
    ExternalIdentityService identities;

    private String message;
    private boolean messageRead;
    private String adminLogin;
    private String adminSubject;

    public boolean isEnabled() {
        return OidcProvider.configured();
    }

    public String getLabel() {
        return OidcProvider.label();
    }

    public String getButton() {
        return MessageFormat.format(bundle().getString("oidc.button"), OidcProvider.label());
    }

    /** The message of the last flow, once (then removed from the session); null when none. */
    public String getMessage() {
        if (!messageRead) {
            messageRead = true;
            HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
            Object key = session == null ? null : session.getAttribute(OidcServlet.MESSAGE);
            if (key != null) {
                session.removeAttribute(OidcServlet.MESSAGE);
                message = MessageFormat.format(
                        bundle().getString(key.toString()),
                        OidcProvider.configured() ? OidcProvider.label() : "",
                        Settings.getInt("ejournal.throttle.address.minutes", 10));
            }
        }
        return message;
    }

    public boolean isLinked() {
        return identities.mine() != null;
    }

    public void unlink() {
        if (Feedback.attempt(identities::unlinkMine)) {
            Feedback.info(bundle().getString("oidc.unlinked"));
        }
    }

    public void adminShow() {
        Feedback.attempt(() -> adminSubject = identities.subjectOf(adminLogin == null ? "" : adminLogin));
    }

    public void adminSave() {
        if (Feedback.attempt(() -> identities.setByAdmin(adminLogin, adminSubject))) {
            Feedback.info(bundle().getString("oidc.admin.saved"));
        }
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getAdminLogin() {
        return adminLogin;
    }

    public void setAdminLogin(String adminLogin) {
        this.adminLogin = adminLogin;
    }

    public String getAdminSubject() {
        return adminSubject;
    }

    public void setAdminSubject(String adminSubject) {
        this.adminSubject = adminSubject;
    }
}
