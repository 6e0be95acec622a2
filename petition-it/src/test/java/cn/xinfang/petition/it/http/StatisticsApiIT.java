package cn.xinfang.petition.it.http;

import cn.xinfang.petition.it.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/statistics/summary: the shape of the answer, and a 400 naming the field for bad input. */
@ExtendWith(ArquillianExtension.class)
class StatisticsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void summaryAndItsBadRequests() throws Exception {
        Http http = new Http(base);
        JsonObject s = http.ok("GET", "statistics/summary?from=2024-02-01&to=2024-02-29", "officer", null);
        assertEquals("2023-02-01", s.getString("previousFrom"));
        assertEquals("2023-02-28", s.getString("previousTo"));
        assertEquals("2024-02-29", s.getString("asOf"));
        JsonObject received = s.getJsonObject("figures").getJsonObject("received");
        long outcomes = 0;
        for (String k : new String[] {"accepted", "refused", "statutory", "forwarded", "undecided"}) {
            outcomes += s.getJsonObject("figures").getJsonObject(k).getJsonNumber("value").longValue();
        }
        assertEquals(received.getJsonNumber("value").longValue(), outcomes, "the five outcomes add up to received");
        assertTrue(s.getJsonObject("labels").getJsonObject("received").getString("label").contains("信访总量"));

        field(http, "statistics/summary?from=2024-13-01&to=2024-12-31", "from");
        field(http, "statistics/summary?from=2024-06-01&to=2024-01-01", "to");
        field(http, "statistics/summary?from=2010-01-01&to=2024-12-31", "to");
        field(http, "statistics/summary?from=2024-01-01&to=2024-12-31&asOf=2024-x", "asOf");
        field(http, "statistics/summary?from=2024-01-01&to=2024-12-31&unit=999999999", "unit");
        field(http, "statistics/summary?to=2024-12-31", "from");
    }

    private static void field(Http http, String path, String field) throws Exception {
        Http.Reply r = http.call("GET", path, "officer", null);
        assertEquals(400, r.status(), path + ": " + r.body());
        assertTrue(r.json().getJsonObject("fields").containsKey(field), path + " names " + field + ": " + r.body());
    }
}
