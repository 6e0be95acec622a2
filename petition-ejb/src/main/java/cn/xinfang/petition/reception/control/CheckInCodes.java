package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.shared.control.ServerSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The hash under which a booking code (预约码) is kept, to find the booking the petitioner shows at
 * check-in: HMAC-SHA-256 under the server's key of "reception-booking:" and the code without
 * spaces and dashes, upper case — the bookings' own scheme (R1's BookingCodes; to be replaced by it
 * once both branches are merged).
 */
@ApplicationScoped
public class CheckInCodes {

    @Inject
    ServerSecret secret;

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
}
