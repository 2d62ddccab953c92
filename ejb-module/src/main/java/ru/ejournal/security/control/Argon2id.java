package ru.ejournal.security.control;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import ru.ejournal.common.control.Settings;

/**
 * Argon2id, version 1.3 (RFC 9106): the reference C library that argon2-jvm bundles (loaded through JNA) where
 * it loads, Bouncy Castle's Java implementation elsewhere or with {@code ejournal.hashing.native=false}. Both
 * give the same bytes, checked once when the class loads. The C code spends about 2.6 times less CPU per hash
 * on this machine and allocates nothing on the Java heap (Bouncy Castle allocates the whole 7 MiB for each
 * hash), which is what lets two cores serve a term-start sign-in storm at OWASP's setting
 * (docs/benchmarks.md, "Sign-in storm").
 */
public final class Argon2id {

    private static final Logger LOG = Logger.getLogger(Argon2id.class.getName());
    private static final Argon2Advanced NATIVE = loadNative();

    private Argon2id() {}

    /** The raw hash of {@code length} bytes. */
    public static byte[] hash(byte[] password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        if (NATIVE != null) {
            return NATIVE.rawHashAdvanced(
                    passes, memoryKib, lanes, password, salt, null, null, length, Argon2Version.V13);
        }
        return inJava(password, salt, memoryKib, passes, lanes, length);
    }

    /** Whether hashes are computed by the C library (false: by Bouncy Castle). */
    public static boolean isNative() {
        return NATIVE != null;
    }

    static byte[] inJava(byte[] password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(passes)
                .withParallelism(lanes)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    private static Argon2Advanced loadNative() {
        if (!Boolean.parseBoolean(Settings.get("ejournal.hashing.native").orElse("true"))) {
            LOG.info("Argon2id: Bouncy Castle (ejournal.hashing.native=false)");
            return null;
        }
        try {
            Argon2Advanced library = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
            byte[] password = "проверка".getBytes(StandardCharsets.UTF_8);
            byte[] salt = "ejournal-selftest".getBytes(StandardCharsets.UTF_8);
            byte[] expected = inJava(password, salt, 64, 2, 2, 32);
            if (!Arrays.equals(
                    expected, library.rawHashAdvanced(2, 64, 2, password, salt, null, null, 32, Argon2Version.V13))) {
                LOG.warning("Argon2id: the C library disagrees with Bouncy Castle; Bouncy Castle is used");
                return null;
            }
            LOG.info("Argon2id: the reference C library (argon2-jvm)");
            return library;
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "Argon2id: the C library does not load here; Bouncy Castle is used", e);
            return null;
        }
    }
}
