package ru.ejournal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import ru.ejournal.common.control.Settings;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.web.account.ForcePasswordChangeFilter;
import ru.ejournal.web.home.HomeView;

/** The login form: authenticates through Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String login;
    private String password;

    public String submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        DeviceCookie.ensure(request, response);
        SessionValidityFilter.renewId(request);
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login == null ? "" : login.trim(), password))
                        .newAuthentication(true));
        SignInResult result = (SignInResult) request.getAttribute(AccountIdentityStore.RESULT_ATTRIBUTE);
        boolean signedIn = result != null && result.succeeded();
        if (signedIn) {
            afterSignIn(request, result);
        }
        switch (status) {
            // back to the page first asked for (or on to the login page): the mechanism has answered
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                if (!signedIn) {
                    return "/index?faces-redirect=true";
                }
                return result.mustChangePassword()
                        ? "/account/password?faces-redirect=true"
                        : HomeView.homeOf(result.roles()::contains);
            }
            default -> showRefusal(request);
        }
        return null;
    }

    /**
     * What every successful sign-in does to its (already renewed) session, by password or through the identity
     * provider: the moment of signing in, the idle timeout of staff or families, the one-time password rule.
     */
    public static void afterSignIn(HttpServletRequest request, SignInResult result) {
        SessionValidityFilter.markSignedIn(request);
        boolean family = result.roles().contains("PARENT") || result.roles().contains("STUDENT");
        request.getSession()
                .setMaxInactiveInterval(60
                        * (family
                                ? Settings.getInt("ejournal.session.family.minutes", 60)
                                : Settings.getInt("ejournal.session.staff.minutes", 15)));
        if (result.mustChangePassword()) {
            request.getSession().setAttribute(ForcePasswordChangeFilter.ATTRIBUTE, Boolean.TRUE);
        }
    }

    /**
     * One message for a wrong password, a locked and a blocked account, so that the page does not tell
     * which accounts exist or are locked (ASVS 2.2.1, 3.x); only the per-address throttle says so, as it
     * is about the address, not an account.
     */
    private void showRefusal(HttpServletRequest request) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        SignInResult result = (SignInResult) request.getAttribute(AccountIdentityStore.RESULT_ATTRIBUTE);
        String text = result != null && result.outcome() == SignInResult.Outcome.THROTTLED
                ? MessageFormat.format(
                        bundle.getString("login.throttled"), Settings.getInt("ejournal.throttle.address.minutes", 10))
                : bundle.getString("login.invalid");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        password = null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
