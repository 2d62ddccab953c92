package ru.ejournal.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    private static final byte[] PASSWORD = "demo2026".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @Test
    @DisplayName("The C library is the one used on Linux x86-64 (a silent fall-back would cost 2.6 times the CPU)")
    void nativeOnThisPlatform() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && System.getProperty("os.arch").equals("amd64"));
        assertTrue(Argon2id.isNative());
    }

    @Test
    @DisplayName("The C library and Bouncy Castle give the same hash, for today's setting and for older ones")
    void sameBytesEitherWay() {
        int[][] settings = {
            {PasswordHasher.MEMORY_KIB, PasswordHasher.PASSES, PasswordHasher.LANES}, {19456, 2, 1}, {4096, 3, 2}
        };
        for (int[] s : settings) {
            assertArrayEquals(
                    Argon2id.inJava(PASSWORD, SALT, s[0], s[1], s[2], 32),
                    Argon2id.hash(PASSWORD, SALT, s[0], s[1], s[2], 32),
                    "m=" + s[0] + ",t=" + s[1] + ",p=" + s[2]);
        }
    }

    @Test
    @DisplayName("A hash stored before the C library came (computed by Bouncy Castle) gives the same bytes")
    void storedHashStillVerifies() {
        // "demo2026", the salt above, m=7168,t=5,p=1: computed with Bouncy Castle 1.83 alone
        assertArrayEquals(
                HexFormat.of().parseHex("d7e060cdb4a04bed5026c2d1fc97b6d93673b781e08fae0ddb5913d772e64c11"),
                Argon2id.hash(PASSWORD, SALT, 7168, 5, 1, 32));
    }
}
