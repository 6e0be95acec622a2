package cn.xinfang.petition.web.shared;

import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The citizen's address for the public pages' abuse limits. Behind a reverse proxy every request
 * comes from the proxy, so the address is read from {@code X-Forwarded-For} — but only when the
 * direct peer is one of the configured trusted proxies (MicroProfile Config
 * {@code petition.trusted-proxies}: a comma-separated list of addresses or CIDR blocks, e.g.
 * {@code 10.0.0.5, 10.1.0.0/16, fd00::/8}; default none, when the header is ignored). Then the
 * header is read from the right, skipping the trusted proxies' own addresses: the right-most
 * address that is not a trusted proxy is the client, because everything to its left was written
 * by the client itself and may be forged.
 */
public final class ClientAddress {

    public static final String TRUSTED_PROXIES = "petition.trusted-proxies";

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    /** A literal IPv4 or IPv6 address: never a host name, which would be looked up in DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private static volatile String parsedFrom;
    private static volatile List<Block> parsed = List.of();

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trustedProxies());
    }

    /** The client's address given the direct peer, the X-Forwarded-For header lines and the trusted proxies. */
    static String of(String peer, List<String> forwardedFor, List<Block> trusted) {
        if (trusted.isEmpty() || !isTrusted(peer, trusted)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = unbracketed(hops.get(i));
            if (address(hop) == null) {
                // not an address: what a trusted proxy would never write; stop at the last sure hop
                return nearest;
            }
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    static List<Block> trustedProxies() {
        String config = null;
        try {
            config = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(TRUSTED_PROXIES, String.class).orElse(null);
        } catch (LinkageError | RuntimeException e) {
            config = System.getProperty(TRUSTED_PROXIES);
        }
        String c = config == null ? "" : config;
        if (!c.equals(parsedFrom)) {
            try {
                parsed = parse(c);
            } catch (IllegalArgumentException e) {
                // a broken setting trusts nobody rather than failing every public request
                LOG.severe(e.getMessage() + "; X-Forwarded-For is ignored until it is corrected");
                parsed = List.of();
            }
            parsedFrom = c;
        }
        return parsed;
    }

    /** The trusted proxies from their configuration; an entry that is no address or block is an error. */
    static List<Block> parse(String config) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : config.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            byte[] a = address(slash < 0 ? e : e.substring(0, slash));
            if (a == null) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": not an address or CIDR block: " + e);
            }
            int bits = slash < 0 ? a.length * 8 : Integer.parseInt(e.substring(slash + 1));
            if (bits < 0 || bits > a.length * 8) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": bad prefix length: " + e);
            }
            blocks.add(new Block(a, bits));
        }
        return List.copyOf(blocks);
    }

    private static boolean isTrusted(String address, List<Block> trusted) {
        byte[] a = address(unbracketed(address));
        return a != null && trusted.stream().anyMatch(b -> b.contains(a));
    }

    private static String unbracketed(String hop) {
        // "[2001:db8::1]:4711" or "192.0.2.1:4711": the address without the port
        if (hop.startsWith("[") && hop.indexOf(']') > 0) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static byte[] address(String text) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address block: the first {@code bits} bits of {@code prefix}. */
    record Block(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }
}
