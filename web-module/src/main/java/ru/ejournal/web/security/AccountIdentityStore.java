package ru.ejournal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.web.security.oidc.ProviderSubjectCredential;

/**
 * The database identity store: accounts and password hashes in {@code user_account}, checked by
 * {@link SignInService}, which also counts failures and locks accounts; and the identity provider's checked
 * subject ({@link ProviderSubjectCredential}), mapped to the account linked to it. The result is left on the
 * request for the login page to explain.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String RESULT_ATTRIBUTE = "ejournal.signInResult";

    @Inject
    SignInService signIn;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        SignInResult result;
        if (credential instanceof UsernamePasswordCredential up) {
            result = signIn.signIn(up.getCaller(), up.getPasswordAsString(), DeviceCookie.clientOf(request));
        } else if (credential instanceof ProviderSubjectCredential provider) {
            result = signIn.signInBySubject(provider.subject(), DeviceCookie.clientOf(request));
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        request.setAttribute(RESULT_ATTRIBUTE, result);
        return result.succeeded()
                ? new CredentialValidationResult(result.login(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return validationResult.getCallerGroups();
    }
}
