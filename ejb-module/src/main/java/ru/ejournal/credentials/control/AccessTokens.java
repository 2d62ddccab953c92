package ru.ejournal.credentials.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a personal access token is: {@code ejd_} and 43 characters of base64url (256 random bits from
 * {@link SecureRandom}); stored as its SHA-256 in hex. A fast hash is right here, unlike for passwords:
 * the token has the whole 256 bits of entropy, so nothing can be guessed from the hash, and looking a
 * token up is one probe of a unique index on every API request.
 */
public final class AccessTokens {

    public static final String PREFIX = "ejd_";

    /** How many characters of a token are kept to show it in its owner's list. */
    public static final int SHOWN = PREFIX.length() + 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokens() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the text can be a token at all (so that junk is refused before any query). */
    public static boolean wellFormed(String token) {
        return token != null
                && token.length() == PREFIX.length() + 43
                && token.startsWith(PREFIX)
                && token.substring(PREFIX.length()).chars().allMatch(AccessTokens::base64url);
    }

    private static boolean base64url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
