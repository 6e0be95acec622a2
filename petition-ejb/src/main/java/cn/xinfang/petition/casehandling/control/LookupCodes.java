package cn.xinfang.petition.casehandling.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * 查询码: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from a
 * secure random source: 31^8 ≈ 8.5 × 10^11 codes per matter number, and failed attempts are
 * limited, so guessing is hopeless. Compared in constant time, case-insensitively.
 */
public final class LookupCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupCodes() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Whether the code a petitioner typed is the matter's code (spaces and case ignored). */
    public static boolean matches(String expected, String typed) {
        if (expected == null || typed == null) {
            return false;
        }
        String t = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), t.getBytes(StandardCharsets.UTF_8));
    }
}
