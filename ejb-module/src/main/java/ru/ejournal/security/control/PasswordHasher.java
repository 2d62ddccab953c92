package ru.ejournal.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * PBKDF2 hashing of the Jakarta Security implementation, with parameters stronger than its
 * defaults. The parameters are stored inside each hash, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of this string is verified when the login is unknown, so timing does not tell. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "60000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            hash.verify(password.toCharArray(), decoy);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** A one-time initial password: 10 characters without look-alikes (0/O, 1/l). */
    public String newInitialPassword() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
