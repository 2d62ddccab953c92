package ru.ejournal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.ejournal.credentials.boundary.AccessTokenLine;
import ru.ejournal.credentials.boundary.AccessTokenService;
import ru.ejournal.credentials.boundary.IssuedAccessToken;
import ru.ejournal.web.common.Feedback;

/**
 * «Токены доступа» ({@code /account/tokens.xhtml}): a parent or a student creates a personal access token for
 * the e-diary API, names it, sees it once, and revokes it; the list shows when each was last used.
 */
@Named
@ViewScoped
public class AccessTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    transient AccessTokenService tokens;

    private String name;
    private Integer days = 90;
    /** The token just created: shown on this page once, never stored in the clear. */
    private IssuedAccessToken issued;

    private List<AccessTokenLine> lines;

    public List<AccessTokenLine> getLines() {
        if (lines == null) {
            lines = tokens.mine();
        }
        return lines;
    }

    public void create() {
        issued = null;
        if (Feedback.attempt(() -> issued = tokens.create(name, days))) {
            name = null;
            lines = null;
        }
    }

    public void revoke(long id) {
        if (Feedback.attempt(() -> tokens.revoke(id))) {
            if (issued != null && issued.id() == id) {
                issued = null;
            }
            lines = null;
            Feedback.info(Feedback.text("api", "tokens.revoked"));
        }
    }

    /** Forgets the token shown once (the owner has copied it). */
    public void hideIssued() {
        issued = null;
    }

    public List<Integer> getExpiryChoices() {
        return AccessTokenService.EXPIRY_DAYS;
    }

    public String daysLabel(int days) {
        return Feedback.text("api", "tokens.days.option", days);
    }

    public String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String state(AccessTokenLine line) {
        if (line.revokedAt() != null) {
            return Feedback.text("api", "tokens.state.revoked");
        }
        return line.active()
                ? Feedback.text("api", "tokens.state.active")
                : Feedback.text("api", "tokens.state.expired");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public IssuedAccessToken getIssued() {
        return issued;
    }
}
