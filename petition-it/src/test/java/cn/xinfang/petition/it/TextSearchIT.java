package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese text search (issue 9): 2-, 3- and 4-character queries over content and names through the
 * CJK bigrams of {@code matter.search_terms}, ranked by relevance then date, the matched words in
 * the list's excerpt, and the unit scoping and accusation confidentiality exactly as before. Runs
 * on H2 (LIKE per bigram) and on PostgreSQL (the GIN index) alike.
 */
class TextSearchIT extends InContainerTest {

    @Inject
    Petitions petitions;

    static LocalDate today() {
        return HandlingIT.today();
    }

    MatterDetail register(String name, String idNumber, String content, LocalDate receivedOn) throws Exception {
        return register(name, idNumber, content, receivedOn, MatterKind.GRIEVANCE, null);
    }

    MatterDetail register(String name, String idNumber, String content, LocalDate receivedOn, MatterKind kind, Long accused)
            throws Exception {
        boolean accusation = kind == MatterKind.ACCUSATION;
        RegistrationForm f = new RegistrationForm("LETTER", receivedOn, null, null, name, idNumber, "13912345678",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), content, kind, accusation ? "0401" : "0701",
                accusation ? MatterPurpose.ACCUSATION : MatterPurpose.DEMAND, accusation ? "某镇干部" : null, accused, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    /** The ids found by the text, newest test county only, in the list's order. */
    List<Long> found(String user, String text) throws Exception {
        return summaries(user, text).stream().map(MatterSummary::id).toList();
    }

    List<MatterSummary> summaries(String user, String text) throws Exception {
        MatterFilter f = new MatterFilter(text, null, null, null, null, null, null, false).within(c.countyId(), null);
        return as(user, PASSWORD, () -> {
            List<MatterSummary> page = petitions.search(f, 0, 50);
            assertEquals(page.size(), petitions.count(f), "count and list agree for " + text);
            return page;
        });
    }

    static long id(MatterDetail m) {
        return m.summary().id();
    }

    @Test
    void twoThreeAndFourCharacterQueriesFindContentAndNamesRankedByRelevanceThenDate() throws Exception {
        MatterDetail older = register("钱某甲", PetitionsIT.idNumber(), "反映小区物业乱收费问题，要求退还多收的停车费。", today().minusDays(3));
        MatterDetail scattered = register("孙某乙", PetitionsIT.idNumber(), "小区门口的社区物资站长期占道，物业不作为。", today());
        MatterDetail newer = register("李某丙", PetitionsIT.idNumber(), "某小区物业拒不维修电梯。", today().minusDays(1));
        MatterDetail unrelated = register("周某丁", PetitionsIT.idNumber(), "小区绿化带被毁，无人管理。", today());

        // 2 characters: every matter holding the word, newest first (all equally relevant: the word as typed)
        assertEquals(List.of(id(scattered), id(newer), id(older)), found(c.officer(), "物业"));
        assertEquals(List.of(id(unrelated), id(scattered), id(newer), id(older)), found(c.officer(), "小区"));
        // 3 characters
        assertEquals(List.of(id(older)), found(c.officer(), "乱收费"));
        assertEquals(List.of(id(older)), found(c.officer(), "停车费"));
        // 4 characters: the phrase as typed (newest first); the matter that has 小区 … 物业 apart is not it
        assertEquals(List.of(id(newer), id(older)), found(c.officer(), "小区物业"));
        // terms apart, when typed apart: every matter holding each of them
        assertEquals(List.of(id(scattered), id(newer), id(older)), found(c.officer(), "小区 物业"));
        assertEquals(List.of(id(older)), found(c.officer(), "物业 停车费"));
        assertEquals(List.of(), found(c.officer(), "物业公司"));
        // full-width and spaces do not matter; letters ignore case
        assertEquals(List.of(id(older)), found(c.officer(), " 乱收费 "));

        // names: 2 and 3 characters from the name's beginning; a name starting with the text ranks first
        assertEquals(List.of(id(older)), found(c.officer(), "钱某"));
        assertEquals(List.of(id(scattered)), found(c.officer(), "孙某乙"));
        MatterDetail namedInContent = register("吴某戊", PetitionsIT.idNumber(), "代邻居钱某甲反映情况。", today());
        assertEquals(List.of(id(older), id(namedInContent)), found(c.officer(), "钱某甲"),
                "the petitioner named 钱某甲 before a newer matter that only mentions the name");
    }

    @Test
    void theListsExcerptShowsThePartWithTheMatchedWords() throws Exception {
        String filler = "经多次与有关部门沟通协调未果，现将有关情况反映如下，请领导予以重视并尽快处理，";
        MatterDetail far = register("郑某", PetitionsIT.idNumber(), filler + "楼顶违章搭建<script>alert(1)</script>严重影响采光。",
                today());
        List<MatterSummary> rows = summaries(c.officer(), "违章搭建");
        assertEquals(List.of(id(far)), rows.stream().map(MatterSummary::id).toList());
        String excerpt = rows.get(0).excerpt();
        assertTrue(excerpt.contains("违章搭建"), "the excerpt shows the part with the words: " + excerpt);
        assertTrue(excerpt.startsWith("…"), excerpt);
        assertTrue(excerpt.contains("<script>alert(1)</script>"), "the view keeps the text as written; the page escapes it");
        assertEquals("郑某", summaries(c.officer(), "郑某").get(0).petitionerName());
    }

    @Test
    void aRenamedPetitionerIsFoundByTheNewNameInEveryMatter() throws Exception {
        String idNumber = PetitionsIT.idNumber();
        MatterDetail first = register("冯旧名", idNumber, "土地承包纠纷。", today().minusDays(2));
        MatterDetail second = register("冯新名", idNumber, "土地承包纠纷再次反映。", today());
        assertEquals(List.of(id(second), id(first)), found(c.officer(), "冯新名"), "the earlier matter too, by the current name");
        assertEquals(List.of(id(first)), found(c.officer(), "冯旧名"), "the name registered with the matter stays searchable");
    }

    @Test
    void scopingAndAccusationConfidentialityHoldForWordSearches() throws Exception {
        String words = "挪用扶贫资金";
        MatterDetail accusation = register("检举人", PetitionsIT.idNumber(), "检举某镇副镇长" + words + "。", today(),
                MatterKind.ACCUSATION, c.townId());
        MatterDetail grievance = register("邱某", PetitionsIT.idNumber(), "村里" + words + "的传言，请求调查。", today());

        assertEquals(List.of(id(grievance), id(accusation)).stream().sorted().toList(),
                found(c.officer(), words).stream().sorted().toList(), "the bureau finds both");
        // the accused township's clerk and leader: the grievance from their village, never the accusation
        for (String user : List.of(c.townClerk(), c.townLeader())) {
            assertEquals(List.of(id(grievance)), found(user, words), user);
            assertEquals(List.of(), found(user, "检举人"), "nor by the accuser's name: " + user);
            assertEquals(List.of(), found(user, "副镇长"), user);
        }
        // a department outside the matter's places and routing sees neither
        assertEquals(List.of(), found(c.clerkB(), words));
        assertFalse(found(c.officer(), "副镇长").isEmpty());
    }
}
