package cn.xinfang.petition.it.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Races (issue 14): the same change sent {@value #PARALLEL} times at once, with the same version, for
 * every kind of state-changing operation that carries a version (the table in
 * {@link #everyKindOfSameVersionChangeHasExactlyOneWinner}): exactly one request wins, every other one
 * is told 409 (never 500, never a second winner), and the record is consistent afterwards (its version
 * advanced once, one event of the step on the timeline, one part added). Operations that create a
 * record or carry no version (a handover, a 督办 notice, an appraisal objection) admit one winner too.
 * A loser that read a part of the record after the winner committed may instead be refused by the
 * rule the winner made true ({@link #LATE_REFUSALS}: 400/422 with its message). Also: 50 parallel
 * registrations get unique, gap-free numbers, and 20
 * concurrent retries with one Idempotency-Key make one matter and all answer it.
 *
 * <p>Every account calls with an API token (no bcrypt per request), each request from its own
 * {@code X-Forwarded-For} address. The figures go to standard output ("RacesIT: …").
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RacesIT {

    static final int PARALLEL = 20;
    static final int REGISTRATIONS = 50;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> TOKEN_ROLES = Map.of("registrar", "REGISTRAR", "officer", "OFFICER", "leader", "COUNTY_LEADER",
            "appraiser", "APPRAISER", "clerk1", "UNIT_CLERK", "lead1", "UNIT_LEADER", "clerk2", "UNIT_CLERK");
    static final Random RANDOM = new Random();

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> AUTH = new HashMap<>();
    private static final Map<String, Long> UNITS = new HashMap<>();
    private static ExecutorService pool;
    private final LocalDate today = LocalDate.now(CHINA);

    record Reply(int status, JsonObject json, String body) {
    }

    /** What the record must look like after a race: {@code winner} is the one successful answer. */
    interface Check {
        void verify(Reply winner) throws Exception;
    }

    /**
     * A loser that read a part of the record after the winner had committed (READ COMMITTED: the
     * appeal being decided, a milestone, a duty member) meets the rule the winner made true and is
     * refused by it, with its field or reason: not a second winner, not a failure.
     */
    static final Set<Integer> LATE_REFUSALS = Set.of(400, 422);

    /**
     * One race: the request, and ({@code alsoRefused}) the rows where a late request is refused by
     * design (a handover to the holder, a second open notice or objection), besides 409 and
     * {@link #LATE_REFUSALS}.
     */
    record Race(String method, String path, String user, String body, Set<Integer> alsoRefused, Check after) {
    }

    interface Setup {
        Race prepare() throws Exception;
    }

    @BeforeEach
    void tokens() throws Exception {
        if (!AUTH.isEmpty()) {
            return;
        }
        AUTH.put("admin", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, String> r : TOKEN_ROLES.entrySet()) {
            Reply t = call("POST", "tokens", "admin", "{\"name\":\"races " + r.getKey() + " " + System.nanoTime()
                    + "\",\"username\":\"" + r.getKey() + "\",\"roles\":[\"" + r.getValue() + "\"]}");
            assertEquals(201, t.status(), r + ": " + t.body());
            AUTH.put(r.getKey(), "Bearer " + t.json().getString("token"));
        }
        for (JsonObject u : array(call("GET", "units", "officer", null).body()).getValuesAs(JsonObject.class)) {
            UNITS.put(u.getString("code"), u.getJsonNumber("id").longValue());
        }
        pool = Executors.newFixedThreadPool(REGISTRATIONS);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ the table

    @Test
    void everyKindOfSameVersionChangeHasExactlyOneWinner() throws Exception {
        Map<String, Setup> table = new LinkedHashMap<>();
        // the matter's steps (casehandling: Handling, Appeals)
        table.put("POST /matters/{id}/decision (ACCEPT)", () -> matterRace(registered(), "officer", "decision", "\"decision\":\"ACCEPT\"", "ACCEPT", "ACCEPTED"));
        table.put("POST /matters/{id}/decision (REFUSE)", () -> matterRace(registered(), "officer", "decision",
                "\"decision\":\"REFUSE\",\"text\":\"不属于信访事项受理范围。\"", "REFUSE", "NOT_ACCEPTED"));
        table.put("POST /matters/{id}/accused", () -> matterRace(registeredAccusation(), "officer", "accused", "\"accusedUnitId\":"
                + unit("331199004") + ",\"accusedParty\":\"县住建局某干部\"", "ACCUSED_IDENTIFIED", "REGISTERED"));
        table.put("POST /matters/{id}/lookup-code", () -> matterRace(registered(), "registrar", "lookup-code", "", null, "REGISTERED"));
        table.put("POST /matters/{id}/routing", () -> matterRace(accepted(), "officer", "routing",
                "\"mode\":\"ASSIGN\",\"mainUnitId\":" + unit("331199004") + ",\"coUnitIds\":[" + unit("331199102") + "]", "ROUTE", "HANDLING"));
        table.put("POST /matters/{id}/co-handling/opinion", () -> matterRace(routed(true), "clerk2", "co-handling/opinion",
                "\"text\":\"协办意见：经核实，情况属实。\"", "CO_OPINION", "HANDLING"));
        table.put("POST /matters/{id}/co-handling/due", () -> matterRace(routed(true), "officer", "co-handling/due",
                "\"unitId\":" + unit("331199102") + ",\"dueOn\":\"" + today.plusDays(3) + "\"", "CO_DUE", "HANDLING"));
        table.put("POST /matters/{id}/objection", () -> matterRace(routed(false), "clerk1", "objection", "\"text\":\"不属本单位职责。\"", "OBJECT", "OBJECTED"));
        table.put("POST /matters/{id}/notes", () -> matterRace(routed(false), "officer", "notes", "\"text\":\"已电话联系信访人。\"", "NOTE", "HANDLING"));
        table.put("POST /matters/{id}/extension", () -> matterRace(routed(false), "lead1", "extension", "\"days\":30,\"reason\":\"需现场核查。\"", "EXTEND", "HANDLING"));
        table.put("POST /matters/{id}/hearings", () -> matterRace(routed(false), "lead1", "hearings", "\"from\":\"" + today + "\",\"to\":\"" + today
                + "\",\"place\":\"县住建局会议室\",\"participants\":\"信访人、住建局\"", "HEARING", "HANDLING"));
        table.put("POST /matters/{id}/hearings/{hearingId}/record", () -> {
            JsonObject m = routed(false);
            m = step(m, "lead1", "hearings", "\"from\":\"" + today + "\",\"to\":\"" + today + "\",\"place\":\"会议室\",\"participants\":\"信访人\"");
            long hearing = m.getJsonObject("followUp").getJsonArray("hearings").getJsonObject(0).getJsonNumber("id").longValue();
            return matterRace(m, "clerk1", "hearings/" + hearing + "/record", "\"minutes\":\"听证笔录。\",\"conclusion\":\"维持。\"",
                    "HEARING_RECORD", "HANDLING");
        });
        table.put("POST /matters/{id}/backlog", () -> matterRace(routed(false), "officer", "backlog", "\"flag\":true,\"reason\":\"久拖未决。\"",
                "BACKLOG_FLAG", "HANDLING"));
        table.put("POST /matters/{id}/reply", () -> matterRace(routed(false), "clerk1", "reply", REPLY, "DRAFT_REPLY", "REPLY_DRAFTED"));
        table.put("POST /matters/{id}/reply/approval", () -> matterRace(drafted(), "lead1", "reply/approval", "", "APPROVE_REPLY", "REPLIED"));
        table.put("POST /matters/{id}/reply/return", () -> matterRace(drafted(), "lead1", "reply/return", "\"text\":\"请补充政策依据。\"",
                "RETURN_REPLY", null));
        table.put("POST /matters/{id}/report", () -> matterRace(replied(), "clerk1", "report", "\"text\":\"已书面答复信访人。\"", "REPORT_BACK", null));
        table.put("POST /matters/{id}/closing", () -> matterRace(step(replied(), "clerk1", "report", "\"text\":\"已答复。\""), "officer", "closing", "",
                "CLOSE", "CLOSED"));
        table.put("POST /matters/{id}/evaluation", () -> matterRace(replied(), "officer", "evaluation",
                "\"rating\":\"SATISFIED\",\"via\":\"PHONE\",\"comment\":\"电话回访。\"", "EVALUATE", null));
        table.put("POST /matters/{id}/appeals", () -> matterRace(replied(), "officer", "appeals", APPEAL, "REQUEST_REVIEW", "UNDER_REVIEW"));
        table.put("POST /matters/{id}/appeal-refusals", () -> matterRace(replied(), "officer", "appeal-refusals",
                "\"stage\":\"REVIEW\",\"requestedOn\":\"" + today + "\",\"requestReason\":\"不服处理意见\",\"refusedOn\":\"" + today
                        + "\",\"reason\":\"申请材料不全。\",\"noticeNumber\":\"竞态〔" + today.getYear() + "〕" + RANDOM.nextInt(1000) + "号\"",
                "REFUSE_APPEAL", null));
        table.put("POST /matters/{id}/appeals/decision", () -> matterRace(step(replied(), "officer", "appeals", APPEAL), "officer", "appeals/decision",
                "\"outcome\":\"UPHELD\",\"opinion\":\"维持原处理意见。\",\"documentNumber\":\"清住建复〔" + today.getYear() + "〕1号\",\"decidedOn\":\""
                        + today + "\"", "DECIDE_REVIEW", "REVIEWED"));
        table.put("POST /matters/{id}/resolution", () -> matterRace(replied(), "officer", "resolution",
                "\"on\":\"" + today + "\",\"note\":\"信访人书面承诺息诉罢访。\"", "RESOLVE", null));
        // 首问负责: a handover carries no version; the holding it ends does
        table.put("POST /accountability/matters/{id}/responsibility/handover", this::handover);
        // 督办: the notice (one open notice per matter) and its steps
        table.put("POST /supervision/notices (issue)", this::noticeIssued);
        table.put("POST /supervision/notices/{id}/sign", () -> noticeRace(notice(), "clerk1", "sign", "", "SIGNED"));
        table.put("POST /supervision/notices/{id}/answer", () -> noticeRace(notice(), "clerk1", "answer", "\"progress\":\"已约谈信访人，正在核查。\"", "ANSWERED"));
        table.put("POST /supervision/notices/{id}/assessment", () -> noticeRace(noticeStep(notice(), "clerk1", "answer", "\"progress\":\"已办结。\""),
                "officer", "assessment", "\"assessment\":\"SATISFACTORY\",\"note\":\"答复及时。\"", null));
        table.put("POST /supervision/notices/{id}/suspension", () -> noticeRace(notice(), "officer", "suspension", "\"reason\":\"等待司法程序。\"", "SUSPENDED"));
        table.put("POST /supervision/notices/{id}/resumption", () -> noticeRace(noticeStep(notice(), "officer", "suspension", "\"reason\":\"暂缓。\""),
                "officer", "resumption", "\"reason\":\"恢复督办。\",\"replyBy\":\"" + today.plusDays(10) + "\"", null));
        table.put("POST /supervision/notices/{id}/closure", () -> noticeRace(notice(), "officer", "closure", "\"note\":\"已化解。\"", "CLOSED"));
        table.put("POST /supervision/notices/{id}/escalation", () -> noticeRace(notice(), "officer", "escalation",
                "\"level\":\"FLAGGED\",\"leader\":\"leader\",\"reason\":\"久拖不办。\",\"replyBy\":\"" + today.plusDays(7) + "\"", "ESCALATED"));
        // 责任追究 cases
        table.put("POST /accountability/cases/{id}/parties", () -> caseRace(accountabilityCase(), "parties", "\"username\":\"lead1\"",
                c -> assertEquals(2, c.getJsonArray("parties").size(), "one party added: " + c)));
        table.put("POST /accountability/cases/{id}/parties/{party}", () -> {
            JsonObject c = accountabilityCase();
            long party = c.getJsonArray("parties").getJsonObject(0).getJsonNumber("id").longValue();
            return caseRace(c, "parties/" + party, "\"concerned\":false", x -> { });
        });
        table.put("POST /accountability/cases/{id}/dismissal", () -> caseRace(accountabilityCase(), "dismissal", "\"note\":\"经查不属责任追究情形。\"",
                c -> assertEquals("DISMISSED", c.getString("status"))));
        table.put("POST /accountability/cases/{id}/decision", () -> caseRace(accountabilityCase(), "decision", "\"decision\":\"INTERVIEW\",\"decidedOn\":\""
                + today + "\",\"documentNumber\":\"青信访责〔" + today.getYear() + "〕" + RANDOM.nextInt(1000) + "号\"",
                c -> assertEquals("DECIDED", c.getString("status"))));
        // 领导包案
        table.put("POST /accountability/ownerships/{id}/progress", () -> ownershipRace(ownership(), "clerk1", "progress", "\"progress\":\"已核实。\"", Set.of(),
                o -> assertEquals(1, o.getJsonArray("reports").size(), "one report: " + o)));
        table.put("POST /accountability/ownerships/{id}/milestones", () -> ownershipRace(ownership(), "leader", "milestones",
                "\"title\":\"整改\",\"dueOn\":\"" + today.plusDays(20) + "\"", Set.of(), o -> assertEquals(2, o.getJsonArray("milestones").size(), o.toString())));
        table.put("POST /accountability/ownerships/{id}/milestones/{milestone}/done", () -> {
            JsonObject o = ownership();
            long milestone = o.getJsonArray("milestones").getJsonObject(0).getJsonNumber("id").longValue();
            // a loser that reads the milestone after the winner committed is told it is done (400 on the field "milestone")
            return ownershipRace(o, "leader", "milestones/" + milestone + "/done", "\"note\":\"已完成。\"", Set.of(400), x -> { });
        });
        table.put("POST /accountability/ownerships/{id}/end", () -> ownershipRace(ownership(), "leader", "end", "\"resolved\":true,\"note\":\"已化解。\"", Set.of(),
                o -> assertEquals("RESOLVED", o.getString("status"))));
        // 领导接待日: sessions, a booking, the day's visits, a duty shift
        table.put("POST /reception/sessions/{id}/publication", () -> sessionRace(session(9), "publication", "", "PUBLISHED"));
        table.put("POST /reception/sessions/{id}/cancellation", () -> sessionRace(session(9), "cancellation", "\"reason\":\"领导公务冲突。\"", "CANCELLED"));
        table.put("POST /reception/sessions/{id}/move", () -> sessionRace(session(9), "move", "\"day\":\"" + today.plusDays(16)
                + "\",\"reason\":\"调整日程。\",\"late\":false", null));
        table.put("POST /reception/sessions/{id}/swap", () -> sessionRace(session(9), "swap", "\"leaderId\":" + leader()
                + ",\"reason\":\"领导公务冲突。\",\"late\":false", null));
        table.put("PUT /reception/leaders/{id}", this::leaderEdited);
        table.put("PUT /reception/groups/{id}", this::groupEdited);
        table.put("PUT /reception/rules/{id}", () -> ruleRace("PUT", "", "\"name\":\"竞态规则改名\","));
        table.put("POST /reception/rules/{id}/activation", () -> ruleRace("POST", "/activation", null));
        table.put("POST /reception/case-visits/carried/{id}/result", this::carriedResult);
        table.put("POST /reception/bookings/{id}/cancellation", this::bookingCancelled);
        table.put("POST /reception/day/visits/{visit}/call", () -> visitRace("call", "", "IN_CONVERSATION"));
        table.put("POST /reception/day/visits/{visit}/left", () -> visitRace("left", "", "LEFT"));
        table.put("POST /reception/day/visits/{visit}/conclusion", () -> visitRace("conclusion", "\"conclusion\":{\"conversation\":\"信访人反映路灯不亮。\","
                + "\"opinion\":\"请镇里当场联系供电所。\",\"outcome\":\"ON_THE_SPOT\"}", "DONE"));
        table.put("POST /reception/duty/{id}/swap", this::dutySwap);
        // 年终考核: a scheme's edits, an objection and its decision
        table.put("PUT /appraisal/schemes/{id}/settings", () -> schemeRace("settings", "\"weight\":12,\"objectionDays\":5", s -> { }));
        table.put("PUT /appraisal/schemes/{id}/items", this::schemeItems);
        table.put("POST /appraisal/runs/{id}/objections (file)", this::objectionFiled);
        table.put("POST /appraisal/runs/{id}/publish", this::runPublished);
        table.put("POST /appraisal/objections/{id}/decision", this::objectionDecided);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> totals = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, Setup> row : table.entrySet()) {
            try {
                Race race = row.getValue().prepare();
                Map<Integer, Integer> byStatus = new TreeMap<>();
                List<String> problems = run(race, byStatus);
                byStatus.forEach((s, n) -> totals.merge(s, n, Integer::sum));
                report.append(String.format("  %-58s %s%n", row.getKey(), byStatus));
                for (String p : problems) {
                    failures.add(row.getKey() + ": " + p);
                }
            } catch (Throwable t) {
                failures.add(row.getKey() + ": " + t);
                report.append(String.format("  %-58s failed: %s%n", row.getKey(), t));
            }
        }
        Set<String> versioned = versionedOperations();
        Set<String> raced = new TreeSet<>();
        table.keySet().forEach(k -> raced.add(k.replaceFirst(" \\(.*", "")));
        Set<String> missing = new TreeSet<>(versioned);
        missing.removeAll(raced);
        missing.removeAll(NOT_RACED.keySet());
        System.out.println("RacesIT: " + table.size() + " operations x " + PARALLEL + " requests = " + table.size() * PARALLEL
                + " requests, answers " + totals + ", " + failures.size() + " failures; the OpenAPI document has " + versioned.size()
                + " operations that carry a version: " + versioned.stream().filter(raced::contains).count() + " raced here, "
                + NOT_RACED.size() + " not (" + NOT_RACED + "), " + missing.size() + " without a row " + missing + "\n" + report);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(missing.isEmpty(), "operations that carry a version and have no race here nor a reason in NOT_RACED: " + missing);
    }

    /** Operations that carry a version and are not raced here, with the reason. */
    static final Map<String, String> NOT_RACED = Map.of(
            "POST /matters/{id}/termination", "needs the appeal window lapsed (30 days after the reply), which no request can date back",
            "POST /accountability/cases/{id}/acceptance", "needs a case proposed by the overdue rule, made only on the demo county's overdue matters",
            "POST /reception/instructions/{id}/routing", "needs a 批示件 of a reception day running today: only the demo county's, whose instructions other tests count",
            "POST /reception/instructions/{id}/report-back", "the same",
            "POST /reception/rules/preview", "changes nothing (the rule's form, version included, previewed)");

    /** Every operation of the OpenAPI document whose JSON body carries a {@code version}. */
    private Set<String> versionedOperations() throws Exception {
        HttpResponse<String> doc = client.send(HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject spec;
        try (JsonReader r = Json.createReader(new StringReader(doc.body()))) {
            spec = r.readObject();
        }
        JsonObject schemas = spec.getJsonObject("components").getJsonObject("schemas");
        Set<String> out = new TreeSet<>();
        JsonObject paths = spec.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                if (!(op.getValue() instanceof JsonObject o) || !o.containsKey("requestBody")) {
                    continue;
                }
                JsonObject content = o.getJsonObject("requestBody").getJsonObject("content");
                JsonObject json = content == null ? null : content.getJsonObject("application/json");
                JsonObject schema = json == null ? null : json.getJsonObject("schema");
                if (schema != null && schema.containsKey("$ref")) {
                    String ref = schema.getString("$ref");
                    schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                }
                if (schema != null && schema.containsKey("properties") && schema.getJsonObject("properties").containsKey("version")) {
                    out.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.replaceFirst("^/petition/api", ""));
                }
            }
        }
        return out;
    }

    /** Fires the race and checks its answers and the record; the problems found, none when it held. */
    private List<String> run(Race race, Map<Integer, Integer> byStatus) throws Exception {
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            calls.add(() -> call(race.method(), race.path(), race.user(), race.body()));
        }
        List<Reply> replies = burst(calls);
        List<String> problems = new ArrayList<>();
        Reply winner = null;
        int winners = 0;
        for (Reply r : replies) {
            byStatus.merge(r.status(), 1, Integer::sum);
            if (r.status() / 100 == 2) {
                winners++;
                winner = r;
            } else if (r.status() == 409 || LATE_REFUSALS.contains(r.status()) || race.alsoRefused().contains(r.status())) {
                if (r.json() == null || r.json().getString("message", "").isBlank()) {
                    problems.add("a refusal without a message: " + r.status() + " " + r.body());
                }
            } else {
                problems.add("answered " + r.status() + " " + r.body());
            }
        }
        if (winners != 1) {
            problems.add(winners + " winners (exactly one expected)");
        }
        if (problems.isEmpty()) {
            try {
                race.after().verify(winner);
            } catch (Exception | AssertionError e) {
                problems.add("afterwards: " + e.getMessage());
            }
        }
        return problems;
    }

    private List<Reply> burst(List<Callable<Reply>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (Callable<Reply> c : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return c.call();
            }));
        }
        start.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> f : futures) {
            replies.add(f.get(180, TimeUnit.SECONDS));
        }
        return replies;
    }

    // ------------------------------------------------------------------ matters

    static final String REPLY = "\"outcome\":\"REJECTED\",\"text\":\"经调查核实，所反映问题缺乏依据，不予支持。\"";
    static final String APPEAL = "\"stage\":\"REVIEW\",\"requestedOn\":\"" + LocalDate.now(CHINA) + "\",\"reason\":\"不服处理意见\","
            + "\"authorityName\":\"清江市住房和城乡建设局\"";

    private long unit(String code) {
        Long id = UNITS.get(code);
        assertTrue(id != null, "unit " + code);
        return id;
    }

    /** A matter about 石桥村 (青石镇), registered by the registrar. */
    private JsonObject registered() throws Exception {
        return ok("POST", "matters", "registrar", MattersApiIT.registration(MattersApiIT.idNumber(), "")
                .replace("%PLACE%", String.valueOf(unit("331199102201"))));
    }

    /** An accusation about 石桥村, the accused not yet identified by the bureau. */
    private JsonObject registeredAccusation() throws Exception {
        return ok("POST", "matters", "registrar", MattersApiIT.registration(MattersApiIT.idNumber(),
                        ",\"kind\":\"ACCUSATION\",\"categoryCode\":\"0401\",\"purpose\":\"ACCUSATION\",\"accusedParty\":\"某局干部\"")
                .replace("%PLACE%", String.valueOf(unit("331199102201"))));
    }

    private JsonObject accepted() throws Exception {
        return step(registered(), "officer", "decision", "\"decision\":\"ACCEPT\"");
    }

    /** Routed to 县住房和城乡建设局 (clerk1, lead1), with 青石镇 (clerk2) co-handling when asked. */
    private JsonObject routed(boolean coHandling) throws Exception {
        return step(accepted(), "officer", "routing", "\"mode\":\"ASSIGN\",\"mainUnitId\":" + unit("331199004")
                + ",\"coUnitIds\":[" + (coHandling ? unit("331199102") : "") + "]");
    }

    private JsonObject drafted() throws Exception {
        return step(routed(false), "clerk1", "reply", REPLY);
    }

    private JsonObject replied() throws Exception {
        return step(drafted(), "lead1", "reply/approval", "");
    }

    private static long id(JsonObject matter) {
        return matter.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    private static String body(String fields, long version) {
        return "{" + fields + (fields.isEmpty() ? "" : ",") + "\"version\":" + version + "}";
    }

    private JsonObject step(JsonObject matter, String user, String step, String fields) throws Exception {
        return ok("POST", "matters/" + id(matter) + "/" + step, user, body(fields, version(matter)));
    }

    private static long events(JsonObject matter, String type) {
        return matter.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().filter(e -> type.equals(e.getString("type"))).count();
    }

    /**
     * A step on the matter as it is now (read by the officer): afterwards one event of {@code type}
     * more on the timeline, the version advanced exactly once and answered so, the state as given.
     */
    private Race matterRace(JsonObject setUp, String user, String step, String fields, String type, String state) throws Exception {
        long id = id(setUp);
        JsonObject before = ok("GET", "matters/" + id, "officer", null);
        return new Race("POST", "matters/" + id + "/" + step, user, body(fields, version(before)), Set.of(), winner -> {
            JsonObject after = ok("GET", "matters/" + id, "officer", null);
            assertEquals(version(before) + 1, version(after), "the version advanced once");
            assertEquals(version(after), version(winner.json()), "the winner answered the stored version");
            if (type != null) {
                assertEquals(events(before, type) + 1, events(after, type), "one " + type + " event");
            }
            assertEquals(before.getJsonArray("timeline").size() + (type == null ? 0 : 1), after.getJsonArray("timeline").size(),
                    "nothing else on the timeline");
            if (state != null) {
                assertEquals(state, after.getJsonObject("summary").getString("state"));
            }
        });
    }

    private Race handover() throws Exception {
        long id = id(routed(false));
        String chain = "accountability/matters/" + id + "/responsibility";
        assertEquals("registrar", ok("GET", chain, "officer", null).getJsonObject("person").getString("holder"));
        // late requests meet "already the holder" (400 on the field "to")
        return new Race("POST", chain + "/handover", "officer", "{\"to\":\"clerk1\",\"reason\":\"已交办住建局。\"}", Set.of(400), winner -> {
            JsonObject after = ok("GET", chain, "officer", null);
            assertEquals("clerk1", after.getJsonObject("person").getString("holder"));
            long persons = after.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                    .filter(h -> "PERSON".equals(h.getString("role"))).count();
            assertEquals(2, persons, "the first contact and one handover: " + after);
        });
    }

    // ------------------------------------------------------------------ 督办

    private JsonObject notice() throws Exception {
        long matter = id(routed(false));
        Reply r = call("POST", "supervision/notices", "officer", notice(matter));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static String notice(long matter) {
        return "{\"matterId\":" + matter + ",\"category\":\"SPECIAL\",\"priority\":\"URGENT\",\"requirement\":\"请报送进展。\",\"replyBy\":\""
                + LocalDate.now(CHINA).plusDays(14) + "\"}";
    }

    private JsonObject noticeStep(JsonObject n, String user, String step, String fields) throws Exception {
        return ok("POST", "supervision/notices/" + n.getJsonNumber("id") + "/" + step, user, body(fields, version(n)));
    }

    private Race noticeIssued() throws Exception {
        long matter = id(routed(false));
        // a request after the winner committed: "the matter has an open notice" (422)
        return new Race("POST", "supervision/notices", "officer", notice(matter), Set.of(422), winner -> {
            JsonArray open = array(call("GET", "supervision/notices?matter=" + matter + "&open=true", "officer", null).body());
            assertEquals(1, open.size(), "one open notice: " + open);
        });
    }

    private Race noticeRace(JsonObject n, String user, String step, String fields, String status) throws Exception {
        String path = "supervision/notices/" + n.getJsonNumber("id");
        JsonObject before = ok("GET", path, "officer", null);
        return new Race("POST", path + "/" + step, user, body(fields, version(before)), Set.of(), winner -> {
            JsonObject after = ok("GET", path, "officer", null);
            assertEquals(version(before) + 1, version(after), "the version advanced once");
            if (status != null) {
                assertEquals(status, after.getString("status"));
            }
            if (step.equals("answer")) {
                assertEquals(before.getJsonArray("reports").size() + 1, after.getJsonArray("reports").size(), "one report");
            }
            if (step.equals("escalation")) {
                JsonArray notices = array(call("GET", "supervision/notices?matter=" + before.getJsonNumber("matterId"), "officer", null).body());
                assertEquals(2, notices.size(), "the notice and one escalated notice: " + notices);
            }
        });
    }

    // ------------------------------------------------------------------ 责任追究, 包案

    private JsonObject accountabilityCase() throws Exception {
        Reply r = call("POST", "accountability/cases", "officer", "{\"matterId\":" + id(routed(false)) + ",\"ground\":\"DELAY\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    interface RecordCheck {
        void verify(JsonObject after) throws Exception;
    }

    private Race caseRace(JsonObject c, String step, String fields, RecordCheck check) throws Exception {
        String path = "accountability/cases/" + c.getJsonNumber("id");
        JsonObject before = ok("GET", path, "officer", null);
        // adding the same party again: "already a party" (400) for a request after the winner committed
        return new Race("POST", path + "/" + step, "officer", body(fields, version(before)), step.equals("parties") ? Set.of(400) : Set.of(),
                winner -> {
                    JsonObject after = ok("GET", path, "officer", null);
                    assertEquals(version(before) + 1, version(after), "the version advanced once");
                    check.verify(after);
                });
    }

    private JsonObject ownership() throws Exception {
        Reply r = call("POST", "accountability/ownerships", "leader", "{\"matterId\":" + id(routed(false))
                + ",\"workingGroup\":\"县领导、住建局\",\"plan\":\"核实、整改、回访。\",\"targetDate\":\"" + today.plusDays(60)
                + "\",\"milestones\":[{\"title\":\"核实\",\"dueOn\":\"" + today.plusDays(5) + "\"}]}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private Race ownershipRace(JsonObject o, String user, String step, String fields, Set<Integer> alsoRefused, RecordCheck check)
            throws Exception {
        String path = "accountability/ownerships/" + o.getJsonNumber("id");
        JsonObject before = ok("GET", path, "officer", null);
        return new Race("POST", path + "/" + step, user, body(fields, version(before)), alsoRefused, winner -> {
            JsonObject after = ok("GET", path, "officer", null);
            assertEquals(version(before) + 1, version(after), "the version advanced once");
            check.verify(after);
        });
    }

    // ------------------------------------------------------------------ 领导接待日

    private long leader() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return ok("POST", "reception/leaders", "officer", """
                {"name":"竞态领导%s","post":"副县长","portfolio":"城乡建设","portfolioCategories":["14"],"level":"COUNTY","unitId":%d}"""
                .formatted(tag, unit("331199001"))).getJsonNumber("id").longValue();
    }

    /** A session of a leader of its own, in a room of its own (no conflict with any other test's sessions). */
    private JsonObject session(int inDays) throws Exception {
        return ok("POST", "reception/sessions", "officer", """
                {"unitId":%d,"leaderId":%d,"day":"%s","startTime":"08:30","endTime":"12:00","place":"竞态接待室%s","form":"FIXED","capacity":5}"""
                .formatted(unit("331199001"), leader(), today.plusDays(inDays), UUID.randomUUID().toString().substring(0, 8)));
    }

    private Race sessionRace(JsonObject s, String step, String fields, String state) throws Exception {
        String id = String.valueOf(s.getJsonNumber("id"));
        return new Race("POST", "reception/sessions/" + id + "/" + step, "officer", body(fields, version(s)), Set.of(), winner -> {
            JsonObject after = ok("GET", "reception/sessions/" + id, "officer", null);
            assertEquals(version(s) + 1, version(after), "the version advanced once");
            assertEquals(version(after), version(winner.json()));
            if (state != null) {
                assertEquals(state, after.getString("state"));
            }
        });
    }

    private Race bookingCancelled() throws Exception {
        JsonObject s = session(9);
        long session = s.getJsonNumber("id").longValue();
        ok("POST", "reception/sessions/" + session + "/publication", "officer", body("", version(s)));
        Reply booked = call("POST", "public/reception/bookings", null, """
                {"sessionId":%d,"name":"竞态某","idNumber":"%s","phone":"13700002222","subject":"小区违建","categoryCode":"1402"}"""
                .formatted(session, MattersApiIT.idNumber()));
        assertEquals(201, booked.status(), booked.body());
        JsonObject b = array(call("GET", "reception/sessions/" + session + "/bookings", "officer", null).body()).getJsonObject(0);
        String path = "reception/bookings/" + b.getJsonNumber("id") + "/cancellation";
        return new Race("POST", path, "officer", body("", version(b)), Set.of(), winner -> {
            JsonObject after = array(call("GET", "reception/sessions/" + session + "/bookings", "officer", null).body()).getJsonObject(0);
            assertEquals(version(b) + 1, version(after), "the version advanced once");
            assertEquals("CANCELLED", after.getString("state"));
        });
    }

    /**
     * A walk-in of its own waiting in the demo county's reception day today (a session cannot be
     * added for today by hand). Other tests read that day's display (nobody called), so a visit
     * called here leaves at once.
     */
    private Race visitRace(String step, String fields, String state) throws Exception {
        long session = -1;
        JsonObject day = null;
        for (JsonObject s : array(call("GET", "reception/sessions?from=" + today + "&to=" + today, "officer", null).body())
                .getValuesAs(JsonObject.class)) {
            if (!"PUBLISHED".equals(s.getString("state"))) {
                continue;
            }
            Reply walkIn = call("POST", "reception/day/" + s.getJsonNumber("id") + "/walk-ins", "officer", """
                    {"name":"竞态来访","idNumber":"%s","phone":"13700004444","subject":"路灯不亮","categoryCode":"1402","peopleCount":1}"""
                    .formatted(MattersApiIT.idNumber()));
            if (walkIn.status() == 200) {
                session = s.getJsonNumber("id").longValue();
                day = walkIn.json();
                break;
            }
        }
        assertTrue(day != null, "a reception day running today (the demo county's)");
        long sessionId = session;
        JsonObject visit = day.getJsonArray("queue").getValuesAs(JsonObject.class).stream()
                .filter(v -> !v.getBoolean("booked") && "WAITING".equals(v.getString("state")))
                .max(java.util.Comparator.comparingLong(v -> v.getJsonNumber("id").longValue())).orElseThrow();
        String visitPath = "reception/day/visits/" + visit.getJsonNumber("id");
        JsonObject read = visit;
        if (step.equals("conclusion")) {
            // an answer follows the conversation
            read = ok("POST", visitPath + "/call", "officer", body("", version(visit))).getJsonArray("queue").getValuesAs(JsonObject.class)
                    .stream().filter(v -> v.getJsonNumber("id").equals(visit.getJsonNumber("id"))).findFirst().orElseThrow();
        }
        JsonObject seen = read;
        return new Race("POST", visitPath + "/" + step, "officer", body(fields, version(seen)), Set.of(), winner -> {
            JsonObject after = ok("GET", "reception/day/" + sessionId, "officer", null).getJsonArray("queue").getValuesAs(JsonObject.class)
                    .stream().filter(v -> v.getJsonNumber("id").equals(visit.getJsonNumber("id"))).findFirst().orElseThrow();
            try {
                assertEquals(version(seen) + 1, version(after), "the version advanced once");
                assertEquals(state, after.getString("state"));
            } finally {
                if ("IN_CONVERSATION".equals(after.getString("state"))) {
                    ok("POST", visitPath + "/left", "officer", body("", version(after)));
                }
            }
        });
    }

    private static JsonObject byId(JsonArray list, JsonObject record) {
        return list.getValuesAs(JsonObject.class).stream().filter(x -> x.getJsonNumber("id").equals(record.getJsonNumber("id")))
                .findFirst().orElseThrow();
    }

    private Race leaderEdited() throws Exception {
        long id = leader();
        JsonObject l = byId(array(call("GET", "reception/leaders", "officer", null).body()), Json.createObjectBuilder().add("id", id).build());
        String fields = "\"name\":\"" + l.getString("name") + "\",\"post\":\"县长助理\",\"portfolio\":\"城乡建设\",\"portfolioCategories\":[\"14\"],"
                + "\"level\":\"COUNTY\",\"unitId\":" + unit("331199001");
        return new Race("PUT", "reception/leaders/" + id, "officer", body(fields, version(l)), Set.of(), winner -> {
            JsonObject after = byId(array(call("GET", "reception/leaders", "officer", null).body()), l);
            assertEquals(version(l) + 1, version(after), "the version advanced once");
            assertEquals("县长助理", after.getString("post"));
        });
    }

    private Race groupEdited() throws Exception {
        long a = leader();
        long b = leader();
        JsonObject g = ok("POST", "reception/groups", "officer", "{\"name\":\"竞态轮值组" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"unitId\":" + unit("331199001") + ",\"memberIds\":[" + a + "," + b + "]}");
        String fields = "\"name\":\"" + g.getString("name") + "改\",\"unitId\":" + unit("331199001") + ",\"memberIds\":[" + b + "," + a + "]";
        return new Race("PUT", "reception/groups/" + g.getJsonNumber("id"), "officer", body(fields, version(g)), Set.of(), winner -> {
            JsonObject after = byId(array(call("GET", "reception/groups", "officer", null).body()), g);
            assertEquals(version(g) + 1, version(after), "the version advanced once");
            assertEquals(g.getString("name") + "改", after.getString("name"));
        });
    }

    /** A rule of a leader of its own: edited ({@code extra} the changed fields) or switched off ({@code extra} null). */
    private Race ruleRace(String method, String step, String extra) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String rule = """
                {"name":"竞态规则%s","unitId":%d,"leaderId":%d,"validFrom":"2027-01-01","validUntil":"2027-12-31","startTime":"08:30",
                 "endTime":"12:00","place":"竞态接待室%s","form":"FIXED","shift":"NEXT_WORKING_DAY","capacity":10,
                 "recurrence":{"frequency":"MONTHLY","interval":1,"monthDay":15,"months":[2,4,6]}}""".formatted(tag, unit("331199001"), leader(), tag);
        JsonObject saved = ok("POST", "reception/rules", "officer", rule);
        String body = extra == null ? body("\"active\":false", version(saved))
                : rule.replaceFirst("\\{\"name\":\"竞态规则" + tag + "\",", "{" + extra + "\"version\":" + version(saved) + ",");
        return new Race(method, "reception/rules/" + saved.getJsonNumber("id") + step, "officer", body, Set.of(), winner -> {
            JsonObject after = byId(array(call("GET", "reception/rules", "officer", null).body()), saved);
            assertEquals(version(saved) + 1, version(after), "the version advanced once");
            if (extra == null) {
                assertTrue(!after.getBoolean("active"), after.toString());
            } else {
                assertEquals("竞态规则改名", after.getString("name"));
            }
        });
    }

    private Race carriedResult() throws Exception {
        JsonObject session = ok("POST", "reception/sessions", "officer", """
                {"unitId":%d,"leaderId":%d,"day":"%s","startTime":"08:30","endTime":"12:00","place":"青石镇政府%s","form":"CASE_VISIT","capacity":0}"""
                .formatted(unit("331199001"), leader(), today.plusDays(8), UUID.randomUUID().toString().substring(0, 6)));
        long sessionId = session.getJsonNumber("id").longValue();
        Reply carried = call("POST", "reception/case-visits/" + sessionId, "officer", "{\"matterNumber\":\""
                + registered().getJsonObject("summary").getString("number") + "\",\"purpose\":\"现场协调\"}");
        assertEquals(201, carried.status(), carried.body());
        JsonObject c = carried.json();
        return new Race("POST", "reception/case-visits/carried/" + c.getJsonNumber("id") + "/result", "officer",
                body("\"result\":\"现场协调，已达成一致。\"", version(c)), Set.of(), winner -> {
            JsonObject after = byId(array(call("GET", "reception/case-visits/" + sessionId, "officer", null).body()), c);
            assertEquals(version(c) + 1, version(after), "the version advanced once");
            assertEquals("现场协调，已达成一致。", after.getString("result"));
        });
    }

    private Race dutySwap() throws Exception {
        String shift = """
                {"unitId":%d,"day":"%s","startTime":"08:00","endTime":"18:00","period":"SENSITIVE","occasion":"竞态%s","required":2,"members":%s}""";
        JsonObject added = ok("POST", "reception/duty", "officer", shift.formatted(unit("331199001"), today.plusDays(30 + RANDOM.nextInt(300)),
                UUID.randomUUID().toString().substring(0, 6),
                "[{\"name\":\"甲\",\"post\":\"副县长\",\"leader\":true},{\"name\":\"乙\",\"post\":\"干部\",\"leader\":false}]"));
        long member = added.getJsonArray("members").getJsonObject(1).getJsonNumber("id").longValue();
        String fields = "\"memberId\":" + member + ",\"replacement\":{\"name\":\"丙\",\"post\":\"干部\",\"leader\":false},\"reason\":\"临时公差\"";
        String day = added.getString("day");
        // a loser that reads the member after the winner committed is told the member was swapped out (422)
        return new Race("POST", "reception/duty/" + added.getJsonNumber("id") + "/swap", "officer", body(fields, version(added)), Set.of(422),
                winner -> {
            JsonObject after = array(call("GET", "reception/duty?from=" + day + "&to=" + day, "officer", null).body()).getValuesAs(JsonObject.class)
                    .stream().filter(x -> x.getJsonNumber("id").equals(added.getJsonNumber("id"))).findFirst().orElseThrow();
            assertEquals(version(added) + 1, version(after), "the version advanced once");
            assertEquals(1, after.getJsonArray("swaps").size(), "one swap: " + after);
        });
    }

    // ------------------------------------------------------------------ 年终考核

    /** A draft copy, for a past year of its own, of one of the demo county's schemes. */
    private JsonObject draftScheme() throws Exception {
        JsonObject from = array(call("GET", "appraisal/schemes", "appraiser", null).body()).getJsonObject(0);
        for (int attempt = 0; attempt < 20; attempt++) {
            Reply copied = call("POST", "appraisal/schemes/" + from.getJsonNumber("id") + "/copy", "appraiser",
                    "{\"year\":" + (1991 + RANDOM.nextInt(30)) + "}");
            if (copied.status() / 100 == 2) {
                return copied.json();
            }
            assertEquals(400, copied.status(), copied.body());
        }
        throw new AssertionError("no free year for a draft scheme");
    }

    private Race schemeRace(String step, String fields, RecordCheck check) throws Exception {
        JsonObject s = draftScheme();
        String path = "appraisal/schemes/" + s.getJsonNumber("id");
        long lock = s.getJsonNumber("lockVersion").longValue();
        return new Race("PUT", path + "/" + step, "appraiser", body(fields, lock), Set.of(), winner -> {
            JsonObject after = ok("GET", path, "appraiser", null);
            assertEquals(lock + 1, after.getJsonNumber("lockVersion").longValue(), "the version advanced once");
            check.verify(after);
        });
    }

    private Race schemeItems() throws Exception {
        JsonObject s = draftScheme();
        String path = "appraisal/schemes/" + s.getJsonNumber("id");
        long lock = s.getJsonNumber("lockVersion").longValue();
        int versions = s.getJsonArray("versions").size();
        String fields = "\"items\":" + s.getJsonArray("items") + ",\"note\":\"竞态修订\"";
        return new Race("PUT", path + "/items", "appraiser", body(fields, lock), Set.of(), winner -> {
            JsonObject after = ok("GET", path, "appraiser", null);
            assertEquals(lock + 1, after.getJsonNumber("lockVersion").longValue(), "the version advanced once");
            assertEquals(versions + 1, after.getJsonArray("versions").size(), "one new version of the items");
        });
    }

    /** A run of a draft copy (a past year of its own), finished: published by the race. */
    private Race runPublished() throws Exception {
        JsonObject s = draftScheme();
        int year = s.getInt("year");
        JsonObject run = ok("POST", "appraisal/schemes/" + s.getJsonNumber("id") + "/runs", "appraiser", "{\"from\":\"" + year
                + "-01-01\",\"to\":\"" + year + "-12-31\",\"cutOff\":\"" + (year + 1) + "-01-10\"}");
        String path = "appraisal/runs/" + run.getJsonNumber("id");
        for (int i = 0; i < 120 && !"DONE".equals(run.getString("status")); i++) {
            assertTrue(!"FAILED".equals(run.getString("status")), run.toString());
            Thread.sleep(500);
            run = ok("GET", path, "appraiser", null);
        }
        assertEquals("DONE", run.getString("status"), run.toString());
        long lock = run.getJsonNumber("lockVersion").longValue();
        return new Race("POST", path + "/publish", "appraiser", body("", lock), Set.of(), winner -> {
            JsonObject after = ok("GET", path, "appraiser", null);
            assertEquals(lock + 1, after.getJsonNumber("lockVersion").longValue(), "the version advanced once");
            assertEquals("PUBLISHED", after.getString("stage"));
        });
    }

    /** This year's provisional result of 县住房和城乡建设局 (clerk1), and an item of it. */
    private JsonObject provisional() throws Exception {
        JsonArray mine = array(call("GET", "appraisal/mine?year=" + today.getYear(), "clerk1", null).body());
        for (JsonObject b : mine.getValuesAs(JsonObject.class)) {
            JsonObject run = b.getJsonObject("run");
            if ((!run.containsKey("publishedAt") || run.isNull("publishedAt")) && "DONE".equals(run.getString("status"))) {
                return b;
            }
        }
        throw new AssertionError("no provisional result for clerk1's unit: " + mine);
    }

    private List<JsonObject> filed(long run) throws Exception {
        return array(call("GET", "appraisal/runs/" + run + "/objections", "appraiser", null).body()).getValuesAs(JsonObject.class)
                .stream().filter(o -> "FILED".equals(o.getString("status"))).toList();
    }

    private Race objectionFiled() throws Exception {
        JsonObject b = provisional();
        long run = b.getJsonObject("run").getJsonNumber("id").longValue();
        List<JsonObject> lines = b.getJsonArray("lines").getValuesAs(JsonObject.class);
        String item = lines.get(RANDOM.nextInt(lines.size())).getString("code");
        // a request after the winner committed: "an objection to this item is open" (400 on the field "item")
        return new Race("POST", "appraisal/runs/" + run + "/objections", "clerk1",
                "{\"itemCode\":\"" + item + "\",\"reason\":\"竞态申辩。\",\"evidence\":\"记录册\"}", Set.of(400), winner -> {
            List<JsonObject> open = filed(run).stream().filter(o -> item.equals(o.getString("itemCode"))).toList();
            try {
                assertEquals(1, open.size(), "one open objection: " + open);
            } finally {
                // leave the demo run as it was: nothing waiting for a decision
                for (JsonObject o : open) {
                    ok("POST", "appraisal/objections/" + o.getJsonNumber("id") + "/decision", "appraiser",
                            "{\"accept\":false,\"reason\":\"竞态测试。\",\"version\":" + version(o) + "}");
                }
            }
        });
    }

    private Race objectionDecided() throws Exception {
        JsonObject b = provisional();
        long run = b.getJsonObject("run").getJsonNumber("id").longValue();
        List<JsonObject> lines = b.getJsonArray("lines").getValuesAs(JsonObject.class);
        String item = lines.get(RANDOM.nextInt(lines.size())).getString("code");
        Reply filed = call("POST", "appraisal/runs/" + run + "/objections", "clerk1",
                "{\"itemCode\":\"" + item + "\",\"reason\":\"竞态申辩。\",\"evidence\":\"记录册\"}");
        assertEquals(201, filed.status(), filed.body());
        JsonObject o = filed.json();
        return new Race("POST", "appraisal/objections/" + o.getJsonNumber("id") + "/decision", "appraiser",
                body("\"accept\":false,\"reason\":\"材料不足。\"", version(o)), Set.of(), winner -> {
            JsonObject after = array(call("GET", "appraisal/runs/" + run + "/objections", "appraiser", null).body()).getValuesAs(JsonObject.class)
                    .stream().filter(x -> x.getJsonNumber("id").equals(o.getJsonNumber("id"))).findFirst().orElseThrow();
            assertEquals(version(o) + 1, version(after), "the version advanced once");
            assertEquals("REJECTED", after.getString("status"));
        });
    }

    // ------------------------------------------------------------------ registrations

    @Test
    void fiftyParallelRegistrationsGetUniqueGapFreeNumbers() throws Exception {
        String place = String.valueOf(unit("331199102201"));
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String body = MattersApiIT.registration(MattersApiIT.idNumber(), "").replace("%PLACE%", place);
            calls.add(() -> call("POST", "matters", "registrar", body));
        }
        List<Reply> replies = burst(calls);
        Set<String> numbers = new TreeSet<>();
        for (Reply r : replies) {
            assertEquals(201, r.status(), r.body());
            numbers.add(r.json().getJsonObject("summary").getString("number"));
        }
        assertEquals(REGISTRATIONS, numbers.size(), "unique: " + numbers);
        Set<String> prefixes = new TreeSet<>();
        TreeSet<Integer> sequence = new TreeSet<>();
        for (String n : numbers) {
            prefixes.add(n.substring(0, n.lastIndexOf('-')));
            sequence.add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)));
        }
        assertEquals(1, prefixes.size(), "one county and year: " + prefixes);
        // the suite's classes run one after another: nobody else registers in the county meanwhile
        assertEquals(REGISTRATIONS - 1, sequence.last() - sequence.first(), "gap-free: " + sequence);
        System.out.println("RacesIT: " + REGISTRATIONS + " parallel registrations, numbers " + numbers.iterator().next() + " … "
                + ((TreeSet<String>) numbers).last() + ", unique and gap-free");
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneMatter() throws Exception {
        String idNumber = MattersApiIT.idNumber();
        String body = MattersApiIT.registration(idNumber, "").replace("%PLACE%", String.valueOf(unit("331199102201")));
        String key = UUID.randomUUID().toString();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            calls.add(() -> call("POST", "matters", "registrar", body, "Idempotency-Key", key));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Set<Long> ids = new TreeSet<>();
        for (Reply r : burst(calls)) {
            byStatus.merge(r.status(), 1, Integer::sum);
            assertTrue(r.status() == 201 || r.status() == 200, r.status() + " " + r.body());
            ids.add(r.json().getJsonObject("summary").getJsonNumber("id").longValue());
        }
        assertEquals(Map.of(201, 1, 200, PARALLEL - 1), byStatus, "one created, every retry answered with it");
        assertEquals(1, ids.size(), "every answer is the same matter: " + ids);
        JsonObject earlier = ok("POST", "matters/earlier", "registrar", "{\"idNumber\":\"" + idNumber + "\"}");
        assertEquals(1, earlier.getJsonArray("matters").size(), "one matter stored");
        System.out.println("RacesIT: " + PARALLEL + " concurrent retries with one Idempotency-Key: " + byStatus + ", one matter");
    }

    // ------------------------------------------------------------------ HTTP

    private Reply call(String method, String path, String user, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.77." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250)));
        if (user != null) {
            b.header("Authorization", AUTH.get(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = null;
        if (r.body().startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                json = reader.readObject();
            }
        }
        if (r.body().contains("\tat ") || r.body().contains("Exception")) {
            throw new AssertionError("stack trace in the answer: " + r.body());
        }
        return new Reply(r.statusCode(), json, r.body());
    }

    private JsonObject ok(String method, String path, String user, String body) throws Exception {
        Reply r = call(method, path, user, body);
        if (r.status() / 100 != 2) {
            throw new AssertionError(method + " " + path + " as " + user + " → " + r.status() + " " + r.body());
        }
        return r.json();
    }

    private static JsonArray array(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            JsonValue v = r.readValue();
            return v.asJsonArray();
        }
    }
}
