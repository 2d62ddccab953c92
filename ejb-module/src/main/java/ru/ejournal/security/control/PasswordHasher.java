package ru.ejournal.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Settings;

/**
 * Password hashes: Argon2id with one of OWASP's equivalent minimum settings, 7 MiB of memory, 5 passes, 1
 * lane ({@link Argon2id}: the reference C library, Bouncy Castle where it does not load), stored in the PHC string format {@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}.
 * Of OWASP's settings (46 MiB × 1 … 7 MiB × 5, the same work) the smallest memory is the fastest here: two
 * hashes at once fit the processor's cache together (19 MiB × 2 does not), which on two cores is 50 hashes
 * per second instead of 35 (docs/benchmarks.md, "Sign-in storm"). A hash of other parameters is verified
 * by the parameters it names and replaced at the next sign-in. Hashes of the
 * earlier scheme (PBKDF2-HMAC-SHA256, 60,000 iterations, {@code PBKDF2WithHmacSHA256:…}) are still
 * verified, and {@link #needsRehash} tells the sign-in to replace them with the current scheme.
 *
 * <p>Hashing is bounded: at most {@code ejournal.hashing.threads} hashes run at once on this server (by
 * default the number of processors), so that a sign-in storm queues sign-ins instead of starving every
 * other request of CPU and memory. The bound is per server, not shared state.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MEMORY_KIB = 7168;
    public static final int PASSES = 5;
    public static final int LANES = 1;
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;
    static final String CURRENT_PREFIX = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$";

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private Semaphore permits;

    /** A hash of this string is verified when the login is unknown or locked, so timing does not tell. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "60000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        permits = new Semaphore(
                Math.max(
                        1,
                        Settings.getInt(
                                "ejournal.hashing.threads", Runtime.getRuntime().availableProcessors())),
                true);
        decoy = hash("decoy");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = bounded(() -> argon2(password, salt, MEMORY_KIB, PASSES, LANES, KEY_BYTES));
        return CURRENT_PREFIX + B64.encodeToString(salt) + "$" + B64.encodeToString(key);
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            verify(password, decoy);
            return false;
        }
        if (storedHash.startsWith("$argon2id$")) {
            return bounded(() -> verifyArgon2(password, storedHash));
        }
        return bounded(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /** Spends the time of one verification without an account, so that a refusal takes as long as a check. */
    public void spendVerification(String password) {
        verify(password == null ? "" : password, decoy);
    }

    /** Whether a stored hash is of an older scheme or weaker parameters and should be replaced at sign-in. */
    public boolean needsRehash(String storedHash) {
        return storedHash == null || !storedHash.startsWith(CURRENT_PREFIX);
    }

    /** A one-time initial password: 10 characters without look-alikes (0/O, 1/l). */
    public String newInitialPassword() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, parameters as stored, so stronger ones can come later. */
    private static boolean verifyArgon2(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !parts[2].equals("v=19")) {
            return false;
        }
        int memory = 0;
        int passes = 0;
        int lanes = 0;
        for (String p : parts[3].split(",")) {
            int value = Integer.parseInt(p.substring(2));
            switch (p.charAt(0)) {
                case 'm' -> memory = value;
                case 't' -> passes = value;
                case 'p' -> lanes = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = argon2(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int passes, int lanes, int length) {
        return Argon2id.hash(password.getBytes(StandardCharsets.UTF_8), salt, memory, passes, lanes, length);
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(Settings.getInt("ejournal.hashing.wait.seconds", 30), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusinessException("security.signIn.busy");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
