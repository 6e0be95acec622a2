package cn.xinfang.petition.it.http;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same change sent many times at once: one wins, every other one is told 409, none answers 500. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RacesIT {

    private static final int PARALLEL = 20;

    @ArquillianResource
    URL base;

    @Test
    void parallelAppealsWithTheSameVersionGiveOneSuccessAndOnly409s() throws Exception {
        Http http = new Http(base);
        String place = String.valueOf(http.unitId("331199102201"));
        JsonObject created = http.ok("POST", "matters", "registrar",
                MattersApiIT.registration(MattersApiIT.idNumber(), "").replace("%PLACE%", place));
        JsonObject replied = http.handleToReply(created.getJsonObject("summary").getString("number"));
        long id = replied.getJsonObject("summary").getJsonNumber("id").longValue();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = "{\"stage\":\"REVIEW\",\"requestedOn\":\"" + today + "\",\"reason\":\"不服处理意见\","
                + "\"authorityName\":\"清江市住房和城乡建设局\",\"version\":" + Http.version(replied) + "}";

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return http.call("POST", "matters/" + id + "/appeals", "officer", body);
                }));
            }
            start.countDown();
            int ok = 0;
            List<String> others = new ArrayList<>();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get(120, TimeUnit.SECONDS);
                if (r.status() / 100 == 2) {
                    ok++;
                } else if (r.status() != 409) {
                    others.add(r.status() + " " + r.body());
                } else {
                    assertTrue(r.json() != null && !r.json().getString("message").isBlank(), r.body());
                }
            }
            assertTrue(others.isEmpty(), "only 409 besides the one success: " + others);
            assertEquals(1, ok, "exactly one request wins");
        } finally {
            pool.shutdownNow();
        }
        JsonObject m = http.ok("GET", "matters/" + id, "officer", null);
        assertEquals("UNDER_REVIEW", m.getJsonObject("summary").getString("state"));
    }
}
