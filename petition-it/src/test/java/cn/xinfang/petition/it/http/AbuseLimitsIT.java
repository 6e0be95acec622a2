package cn.xinfang.petition.it.http;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The public side's abuse limits hold (issue 9, item 9): a concurrent burst admits exactly the
 * limit, and the client address comes from X-Forwarded-For only when the request comes from a
 * trusted proxy. The test server trusts 127.0.0.1 ({@code petition.trusted-proxies} in
 * arquillian.xml): requests from there act as the proxy; a request from another loopback address
 * (a socket bound to 127.x.y.z) is a client talking to the server directly. Limits of the test
 * server: 5 submissions per address and hour, 5 failed lookups per matter number in 15 minutes.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AbuseLimitsIT {

    private static final int SUBMISSIONS_PER_ADDRESS = 5;
    private static final int LOOKUP_FAILURES_PER_NUMBER = 5;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private long place = -1;

    private String submission() throws Exception {
        if (place < 0) {
            place = new Http(base).unitId("331199102201");
        }
        return """
                {"name":"韩某","idNumber":"%s","phone":"13700003333","problemPlaceId":%d,"kind":"GRIEVANCE","categoryCode":"1402",
                 "purpose":"DEMAND","content":"路灯不亮。","declaration":true}""".formatted(PersonalDataApiIT.idNumber(), place);
    }

    private int post(String path, String body, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A POST from {@code from}, a loopback address that is no trusted proxy: plain HTTP/1.1 on a bound socket. */
    private int postFrom(String from, String path, String body, String forwardedFor) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + base.getPath() + "api/" + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                    + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.write(c);
            }
            // "HTTP/1.1 201 Created"
            return Integer.parseInt(line.toString(StandardCharsets.US_ASCII).split(" ")[1]);
        }
    }

    private static String randomAddress(String prefix) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return prefix + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** Runs the calls at once (released together) and counts the answers by status. */
    private static Map<Integer, Integer> burst(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> c : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> f : answers) {
                byStatus.merge(f.get(), 1, Integer::sum);
            }
            return byStatus;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConcurrentBurstOfSubmissionsFromOneClientBehindTheProxyAdmitsExactlyTheLimit() throws Exception {
        String client = randomAddress("198.51.");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String body = submission();
            // each request forges a different left part; the proxy appended the client's real address
            String forwarded = randomAddress("192.0.") + ", " + client;
            calls.add(() -> post("public/submissions", body, forwarded));
        }
        assertEquals(Map.of(201, SUBMISSIONS_PER_ADDRESS, 429, 30 - SUBMISSIONS_PER_ADDRESS), burst(calls));

        // the same client again is refused; another client behind the same proxy is not
        assertEquals(429, post("public/submissions", submission(), client));
        assertEquals(201, post("public/submissions", submission(), randomAddress("203.0.")));
    }

    @Test
    void aClientTalkingToTheServerDirectlyCannotEscapeTheLimitWithXForwardedFor() throws Exception {
        String direct = randomAddress("127.77.");
        for (int i = 0; i < SUBMISSIONS_PER_ADDRESS; i++) {
            assertEquals(201, postFrom(direct, "public/submissions", submission(), randomAddress("203.0.")), "submission " + (i + 1));
        }
        assertEquals(429, postFrom(direct, "public/submissions", submission(), randomAddress("203.0.")),
                "a new X-Forwarded-For from an untrusted peer changes nothing");
        assertEquals(429, post("public/submissions", submission(), direct),
                "the same client through the proxy is the same client");
    }

    @Test
    void aConcurrentBurstOfWrongLookupsCountsExactlyTheLimitOfFailures() throws Exception {
        String number = "331199-2026-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        String body = "{\"number\":\"" + number + "\",\"code\":\"AAAAAAAA\"}";
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String client = randomAddress("198.18.");
            calls.add(() -> post("public/lookup", body, client));
        }
        assertEquals(Map.of(422, LOOKUP_FAILURES_PER_NUMBER, 429, 30 - LOOKUP_FAILURES_PER_NUMBER), burst(calls));
    }
}
