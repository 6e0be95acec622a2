package cn.xinfang.petition.organization.control;

import java.util.Map;

/**
 * Fired by {@link FirstStart} in the first start's transaction once the demo county and its
 * accounts exist (flushed), for whoever fills it with more (casehandling: the demo matters).
 *
 * @param countyCode the county's unit code
 * @param accounts   the demo accounts by what they do: {@code registrar}, {@code officer},
 *                   {@code clerk:<unit code>}, {@code leader:<unit code>}
 */
public record DemoCountyReady(String countyCode, Map<String, String> accounts) {

    public DemoCountyReady {
        accounts = Map.copyOf(accounts);
    }
}
