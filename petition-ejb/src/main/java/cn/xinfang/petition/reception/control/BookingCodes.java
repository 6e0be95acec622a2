package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.shared.control.ServerSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Booking codes (预约码): 8 characters without look-alikes (no 0/O, 1/I/L), shown once to the
 * petitioner, kept only as an HMAC-SHA-256 under the server's secret key like the matters'
 * lookup codes. The code alone finds the booking (to show on the day, to cancel); failed tries
 * are limited per address.
 */
@ApplicationScoped
public class BookingCodes {

    public static final int LENGTH = 8;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServerSecret secret;

    public String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The hash of a typed code: case and spaces do not matter. */
    public String hash(String code) {
        String normalized = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("reception-booking:" + normalized).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean wellFormed(String code) {
        String c = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return c.length() == LENGTH && c.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0);
    }
}
