package ru.ejournal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-click unsubscribe links: {@code <account>.<scope>} signed with HMAC-SHA256. The key is the
 * server secret in {@code notification_secret}, created at the first letter (32 random bytes) and read
 * from the database every time, so every server of a cluster signs and checks with the same key and a
 * restart keeps the links valid. A token that was altered or signed with anything else is refused
 * (the comparison takes the same time whatever the bytes).
 */
@ApplicationScoped
public class UnsubscribeTokens {

    /** What a link switches off: the notices of marks, absences and grades, or the message copies. */
    public enum Scope {
        NOTICES,
        COPIES
    }

    /** A checked token. */
    public record Unsubscribe(long accountId, Scope scope) {}

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String sign(long accountId, Scope scope) {
        String payload = accountId + "." + scope.name().charAt(0);
        return payload + "." + ENCODER.encodeToString(mac(secret(), payload));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Unsubscribe> check(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int cut = token.lastIndexOf('.');
        if (cut < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, cut);
        // The signature is compared as its one canonical text, not decoded: a Base64 decoder ignores the
        // unused low bits of the last character, so "…A" and "…B" could both pass as the same bytes.
        byte[] given = token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = ENCODER.encodeToString(mac(secret(), payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Scope scope = "C".equals(parts[1]) ? Scope.COPIES : "N".equals(parts[1]) ? Scope.NOTICES : null;
        try {
            return scope == null ? Optional.empty() : Optional.of(new Unsubscribe(Long.parseLong(parts[0]), scope));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The secret, created once; two servers creating it at once: one insert wins, both read it. */
    private byte[] secret() {
        List<?> rows = em.createNativeQuery("SELECT secret FROM notification_secret WHERE id = 1")
                .getResultList();
        if (rows.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            em.createNativeQuery("INSERT INTO notification_secret (id, secret) SELECT 1, ?1 FROM notification_scan"
                            + " WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM notification_secret WHERE id = 1)")
                    .setParameter(1, Base64.getEncoder().encodeToString(fresh))
                    .executeUpdate();
            rows = em.createNativeQuery("SELECT secret FROM notification_secret WHERE id = 1")
                    .getResultList();
        }
        return Base64.getDecoder().decode((String) rows.get(0));
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
