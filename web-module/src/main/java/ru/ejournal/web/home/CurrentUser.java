package ru.ejournal.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.security.boundary.AccountService;
import ru.ejournal.security.boundary.AccountSummary;
import ru.ejournal.web.common.Feedback;

/** The signed-in person, loaded once per request for the top bar and the home page. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    AccountService accounts;

    private AccountSummary summary;

    public AccountSummary getSummary() {
        if (summary == null) {
            summary = accounts.me(Feedback.locale());
        }
        return summary;
    }

    public String getFullName() {
        return getSummary().fullName();
    }

    public String getSchoolName() {
        return getSummary().schoolName();
    }

    public String getRoleTitles() {
        return String.join(", ", getSummary().roleTitles());
    }
}
