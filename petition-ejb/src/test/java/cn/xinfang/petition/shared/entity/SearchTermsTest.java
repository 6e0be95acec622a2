package cn.xinfang.petition.shared.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTermsTest {

    @Test
    void chineseRunsBecomeOverlappingBigramsAndTheirLastCharacter() {
        assertEquals(" 小区 区物 物业 业 ", SearchTerms.of("小区物业"));
        assertEquals(" 镇 ", SearchTerms.of("镇"));
    }

    @Test
    void punctuationAndSpacesSeparateRunsAndTokensAreStoredOnce() {
        assertEquals(" 小区 区 物业 业乱 乱收 收费 费 业 ", SearchTerms.of("小区，物业乱收费。物业"));
        assertEquals(" 小区 区 ", SearchTerms.of("小区", null, "小区"));
        assertEquals("", SearchTerms.of("，。！ ", null));
        assertEquals("", SearchTerms.of());
    }

    @Test
    void lettersAndDigitsAreLowerCaseWordsAndFullWidthFormsAreNormalised() {
        assertEquals(" 3 号楼 楼 12b room ", SearchTerms.of("3号楼12B Room"));
        assertEquals(" abc123 ", SearchTerms.of("ＡＢＣ１２３"), "full-width letters and digits (NFKC) are ASCII");
        assertEquals(" 王某 某 ", SearchTerms.of("王某"));
        String longWord = "x".repeat(50);
        assertEquals(" " + "x".repeat(SearchTerms.MAX_WORD) + " ", SearchTerms.of(longWord));
    }

    @Test
    void namesWithAMiddleDotAreTwoRuns() {
        assertEquals(" 阿依 依古 古丽 丽 买买 买提 提 ", SearchTerms.of("阿依古丽·买买提"));
    }

    @Test
    void japaneseAndKoreanAreBigramsToo() {
        assertEquals(" 한국 국어 어 ", SearchTerms.of("한국어"));
    }

    @Test
    void aQueryNeedsEveryBigramAndSingleCharactersAndWordsArePrefixes() {
        assertEquals(List.of("物业"), SearchTerms.query("物业"));
        assertEquals(List.of("物业", "业费"), SearchTerms.query("物业费"));
        assertEquals(List.of("乱收", "收费", "费用"), SearchTerms.query(" 乱收费用 "));
        assertEquals(List.of("镇:*"), SearchTerms.query("镇"));
        assertEquals(List.of("12b:*", "号楼"), SearchTerms.query("12B号楼"));
        assertEquals(List.of("小区", "物业"), SearchTerms.query("小区 物业 小区"));
        assertEquals(List.of(), SearchTerms.query("，。"));
        assertEquals(List.of(), SearchTerms.query(null));
        assertEquals(SearchTerms.MAX_QUERY_TOKENS, SearchTerms.query("一二三四五六七八九十甲乙丙丁戊己庚").size());
    }

    @Test
    void everyQueryTokenOfAPhraseIsAStoredTokenOfATextContainingIt() {
        String text = "反映某小区物业公司乱收停车费，业主多次投诉无果。";
        String stored = SearchTerms.of(text);
        for (String q : List.of("小区", "物业公司", "乱收停车费", "投诉", "果", "业")) {
            for (String token : SearchTerms.query(q)) {
                boolean prefix = token.endsWith(SearchTerms.PREFIX);
                String t = prefix ? token.substring(0, token.length() - 2) : token;
                assertTrue(prefix ? stored.contains(" " + t) : stored.contains(" " + t + " "), q + " → " + token + " in " + stored);
            }
        }
    }

    @Test
    void highlightWordsAreTheQueryRunsLongestFirst() {
        assertEquals(List.of("物业费用", "abc"), SearchTerms.words("ABC 物业费用"));
        assertEquals(List.of(), SearchTerms.words("。"));
    }

    @Test
    void thePrefilterOfEveryPartOfATextIsInItsStoredTokensSoTheIndexNeverLosesAMatch() {
        String text = "物业费涨价1000abc的问题，3号楼12B（张三·李四）反映";
        String stored = SearchTerms.of(text);
        int[] cps = text.codePoints().toArray();
        int checked = 0;
        for (int from = 0; from < cps.length; from++) {
            for (int to = from + 1; to <= cps.length; to++) {
                String part = new String(cps, from, to - from);
                for (String token : SearchTerms.prefilter(part)) {
                    boolean prefix = token.endsWith(SearchTerms.PREFIX);
                    String t = prefix ? token.substring(0, token.length() - 2) : token;
                    assertTrue(prefix ? stored.contains(" " + t) : stored.contains(" " + t + " "),
                            part + " → " + token + " in " + stored);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @Test
    void thePrefilterLeavesOutWordsOfLettersAndDigits() {
        assertEquals(List.of(), SearchTerms.prefilter("abc"), "found by the text itself, not the index");
        assertEquals(List.of(), SearchTerms.prefilter("100%_"));
        assertEquals(List.of("涨价"), SearchTerms.prefilter("涨价10_0abc"));
        assertEquals(List.of("物业", "业费"), SearchTerms.prefilter("物业费"));
        assertEquals(List.of("费:*"), SearchTerms.prefilter("费"));
    }
}
