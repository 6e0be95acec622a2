package cn.xinfang.petition.casehandling.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 查询码: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from a
 * secure random source: 31^8 ≈ 8.5 × 10^11 codes per matter number, and failed attempts are
 * limited, so guessing is hopeless. Kept only as an HMAC-SHA-256 hash with the server's secret
 * key ({@code shared.control.ServerSecret}): the code is shown once, on the receipt; a look-up
 * hashes what the petitioner typed (spaces, dashes and case ignored) and compares the hashes in
 * constant time. Must hash as {@code V18__HashLookupCodes} did.
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

    /** The hash kept for a code. */
    public static String hash(byte[] key, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("lookup-code:" + normalized(code)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the code a petitioner typed is the one whose hash is kept (spaces, dashes and case ignored). */
    public static boolean matches(String expectedHash, String typed, byte[] key) {
        if (expectedHash == null || typed == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                hash(key, typed).getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalized(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
