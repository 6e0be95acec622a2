package cn.xinfang.petition.shared.entity;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Personal data at rest (ID numbers, phones): sealed with AES-256-GCM before they reach the
 * database, and found again by exact value through a keyed hash, the blind index
 * (HMAC-SHA-256), kept in a column beside the sealed value.
 *
 * <p>The keys never live in the database. They come from MicroProfile Config (a system property,
 * the environment, or the server's credential store through an encrypted expression, see
 * docs/reliability.md): {@code petition.data-keys} = {@code id:base64,id:base64…} (32-byte AES keys; the
 * first one seals, all of them open, so a key can be rotated) and {@code petition.index-key}
 * (base64, at least 32 bytes). Without them a demo server ({@code petition.demo=true}) generates a
 * development key file {@code petition-keys.properties} in {@code petition.data.dir} (beside the H2
 * file) on its first start; any other server refuses to start.
 *
 * <p>A sealed value reads {@code pd:<key id>:<base64 of IV, cipher text and tag>}; a value without
 * that prefix is taken as it is (rows written before the migration that seals them).
 */
public final class PersonalData {

    public static final String DATA_KEYS = "petition.data-keys";
    public static final String INDEX_KEY = "petition.index-key";
    public static final String KEY_FILE = "petition-keys.properties";
    public static final String PREFIX = "pd:";

    private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static volatile Keys keys;

    private PersonalData() {
    }

    /** The kinds of value with a blind index; each hashes under its own label, so equal texts of two kinds differ. */
    public enum Kind {
        ID_NUMBER, PHONE
    }

    /** The value sealed under the current key; null stays null. */
    public static String seal(String plain) {
        if (plain == null) {
            return null;
        }
        Keys k = keys();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k.data.get(k.current), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(k.current.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + k.current + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be sealed", e);
        }
    }

    /** The plain value; a value without the prefix is returned as it is. */
    public static String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("a sealed value without its key id");
        }
        String id = stored.substring(PREFIX.length(), colon);
        byte[] key = keys().data.get(id);
        if (key == null) {
            throw new IllegalStateException("personal data sealed under key '" + id + "', which " + DATA_KEYS + " does not hold");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            c.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("personal data under key '" + id + "' could not be opened", e);
        }
    }

    /** Whether the stored value is sealed under the current key (the rotation's sweep re-seals the others). */
    public static boolean sealedUnderCurrentKey(String stored) {
        return stored != null && stored.startsWith(PREFIX + keys().current + ":");
    }

    /** The blind index of a plain value: HMAC-SHA-256 under the index key, 64 hex digits; null stays null. */
    public static String index(Kind kind, String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys().index, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((kind.name() + ":" + plain).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the keys read (tests of the rotation). */
    public static void reset() {
        keys = null;
    }

    private static Keys keys() {
        Keys k = keys;
        if (k == null) {
            synchronized (PersonalData.class) {
                k = keys;
                if (k == null) {
                    k = load();
                    keys = k;
                }
            }
        }
        return k;
    }

    private static Keys load() {
        Optional<String> data = configured(DATA_KEYS, "PETITION_DATA_KEYS");
        Optional<String> index = configured(INDEX_KEY, "PETITION_INDEX_KEY");
        if (data.isEmpty() || index.isEmpty()) {
            Properties file = devKeyFile();
            data = data.or(() -> Optional.ofNullable(file.getProperty(DATA_KEYS)));
            index = index.or(() -> Optional.ofNullable(file.getProperty(INDEX_KEY)));
        }
        Map<String, byte[]> byId = new LinkedHashMap<>();
        String current = null;
        for (String part : data.orElseThrow().split(",")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(DATA_KEYS + " must read id:base64[,id:base64…]");
            }
            String id = p.substring(0, colon);
            if (!id.matches("[A-Za-z0-9_-]{1,16}")) {
                throw new IllegalStateException(DATA_KEYS + ": a key id is 1 to 16 letters, digits, '-' or '_'");
            }
            byte[] key = Base64.getDecoder().decode(p.substring(colon + 1).strip());
            if (key.length != 32) {
                throw new IllegalStateException(DATA_KEYS + ": key '" + id + "' is not 32 bytes (AES-256)");
            }
            byId.put(id, key);
            if (current == null) {
                current = id;
            }
        }
        byte[] idx = Base64.getDecoder().decode(index.orElseThrow().strip());
        if (idx.length < 32) {
            throw new IllegalStateException(INDEX_KEY + " must be at least 32 bytes");
        }
        return new Keys(byId, current, idx);
    }

    static Optional<String> configured(String name, String env) {
        String v = null;
        try {
            v = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
        } catch (LinkageError | RuntimeException e) {
            // outside the server (unit tests, the data generator): no MicroProfile Config
        }
        if (v == null || v.isBlank()) {
            v = System.getProperty(name);
        }
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** The demo's generated keys, kept in a file beside its H2 database (never in the database). */
    private static Properties devKeyFile() {
        if (!Boolean.parseBoolean(configured("petition.demo", "PETITION_DEMO").orElse("false"))) {
            throw new IllegalStateException(DATA_KEYS + " and " + INDEX_KEY
                    + " are not configured (see docs/reliability.md); only a demo server generates its own");
        }
        String dir = configured("petition.data.dir", "PETITION_DATA_DIR")
                .or(() -> Optional.ofNullable(System.getProperty("jboss.server.data.dir"))).orElse(".");
        Path file = Path.of(dir, KEY_FILE);
        Properties p = new Properties();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Properties fresh = new Properties();
                fresh.setProperty(DATA_KEYS, "dev1:" + randomKey());
                fresh.setProperty(INDEX_KEY, randomKey());
                Path tmp = Files.createTempFile(file.getParent(), "keys", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                    fresh.store(out, "development keys of the demo server (docs/reliability.md); production configures "
                            + DATA_KEYS + " and " + INDEX_KEY);
                }
                try {
                    Files.move(tmp, file); // fails if another node wrote it first: then that one is read
                    LOG.warning(() -> "generated development keys for personal data in " + file
                            + "; a production server configures " + DATA_KEYS + " and " + INDEX_KEY);
                } catch (IOException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the development key file " + file + " could not be read or written", e);
        }
        return p;
    }

    private static String randomKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private record Keys(Map<String, byte[]> data, String current, byte[] index) {
    }
}
