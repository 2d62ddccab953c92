package ru.ejournal.security.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import ru.ejournal.common.control.JournalMeters;
import ru.ejournal.security.boundary.SignInResult;

/**
 * Counts the sign-ins that {@code SignInService} decides (the login form, the identity provider, the batch API's
 * Basic credentials) by outcome, for the operator's metrics: whatever path returns the result, it is counted once.
 */
public class SignInMeter {

    @Inject
    JournalMeters meters;

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (result instanceof SignInResult signIn) {
            meters.signIn(signIn.outcome().name(), signIn.succeeded());
        }
        return result;
    }
}
