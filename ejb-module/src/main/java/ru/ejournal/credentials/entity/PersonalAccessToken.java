package ru.ejournal.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.security.entity.UserAccount;

/**
 * Персональный токен доступа: a parent's or a student's credential for the e-diary API, named by its owner,
 * with an expiry; only the SHA-256 of the token is kept ({@code tokenHash}), and its first characters
 * ({@code prefix}) so that the owner recognises it in the list.
 */
@Entity
@Table(name = "personal_access_token")
@NamedQueries({
    @NamedQuery(
            name = "PersonalAccessToken.findByHash",
            query = "SELECT t FROM PersonalAccessToken t JOIN FETCH t.account WHERE t.tokenHash = :hash"),
    @NamedQuery(
            name = "PersonalAccessToken.findByAccount",
            query = "SELECT t FROM PersonalAccessToken t WHERE t.account.id = :accountId"
                    + " ORDER BY t.createdAt DESC, t.id DESC"),
    @NamedQuery(
            name = "PersonalAccessToken.countActive",
            query = "SELECT COUNT(t) FROM PersonalAccessToken t WHERE t.account.id = :accountId"
                    + " AND t.revokedAt IS NULL AND t.expiresAt > :now")
})
public class PersonalAccessToken extends SchoolOwned implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PersonalAccessToken() {}

    public PersonalAccessToken(
            UserAccount account, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
        super(account.getSchool());
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token opens the API at {@code now}: not revoked, not expired. */
    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(Instant lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Instant revokedAt) {
        this.revokedAt = revokedAt;
    }

    @Override
    public String auditType() {
        return "PersonalAccessToken";
    }

    /** The token's hash is no business of the history; its name, account, expiry and revocation are. */
    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("account", Audited.text(account));
        fields.put("name", name);
        fields.put("prefix", prefix);
        fields.put("expiresAt", Audited.text(expiresAt));
        fields.put("revokedAt", Audited.text(revokedAt));
        return fields;
    }
}
