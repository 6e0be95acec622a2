package cn.xinfang.petition.web.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private static final List<ClientAddress.Block> PROXIES = ClientAddress.parse("10.0.0.5, 10.1.0.0/16, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", List.of("203.0.113.7"), List.of()));
        assertTrue(ClientAddress.parse(" ").isEmpty());
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() {
        assertEquals("198.51.100.20", ClientAddress.of("198.51.100.20", List.of("203.0.113.7"), PROXIES));
        assertEquals("10.0.0.6", ClientAddress.of("10.0.0.6", List.of("203.0.113.7"), PROXIES), "a /32 is one address");
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", List.of("203.0.113.7"), PROXIES));
        // the client forged the left part; the proxies appended the rest
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", List.of("1.2.3.4, 203.0.113.7, 10.1.200.3"), PROXIES));
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", List.of("1.2.3.4", "203.0.113.7", "10.1.0.9"), PROXIES),
                "several header lines are one list");
        assertEquals("2001:db8::1", ClientAddress.of("fd12::1", List.of("[2001:db8::1]:4711"), PROXIES), "IPv6, bracketed with a port");
        assertEquals("192.0.2.9", ClientAddress.of("10.0.0.5", List.of("192.0.2.9:4711"), PROXIES), "a port is dropped");
    }

    @Test
    void onlyProxiesOrNoHeaderGiveTheNearestSureHop() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", List.of(), PROXIES));
        assertEquals("10.1.3.3", ClientAddress.of("10.0.0.5", List.of("10.1.3.3"), PROXIES));
        assertEquals("10.1.3.3", ClientAddress.of("10.0.0.5", List.of("evil.example.com, 10.1.3.3"), PROXIES),
                "no host name is looked up or believed");
    }

    @Test
    void brokenSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.parse("proxy.example.com"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.parse("10.0.0.0/33"));
    }
}
