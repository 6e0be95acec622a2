package cn.xinfang.petition.web.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlightTest {

    @Test
    void marksEveryOccurrenceOfTheQuery() {
        assertEquals("反映<mark>物业</mark>乱收费，<mark>物业</mark>公司不理。", Highlight.mark("反映物业乱收费，物业公司不理。", "物业"));
        assertEquals(List.of("小区物业"), Highlight.marks(Highlight.mark("某小区物业", "小区物业")));
    }

    @Test
    void marksEachWordOfTheQueryAndLettersWithoutRegardToCase() {
        String html = Highlight.mark("3号楼 Room 12B 漏水", "room 漏水");
        assertEquals("3号楼 <mark>Room</mark> 12B <mark>漏水</mark>", html);
    }

    @Test
    void adjacentAndOverlappingMatchesBecomeOneMark() {
        assertEquals("<mark>收费收费</mark>", Highlight.mark("收费收费", "收费"));
        assertEquals("<mark>乱收费</mark>", Highlight.mark("乱收费", "乱收 收费"));
    }

    @Test
    void aPetitionWithScriptStaysEscaped() {
        String html = Highlight.mark("<script>alert('物业')</script> & \"x\"", "物业");
        assertEquals("&lt;script&gt;alert(&#39;<mark>物业</mark>&#39;)&lt;/script&gt; &amp; &quot;x&quot;", html);
        assertFalse(html.contains("<script"));
        // a query that looks like markup marks nothing but text
        String q = Highlight.mark("a<b>c", "<b>");
        assertEquals("a&lt;<mark>b</mark>&gt;c", q);
        assertTrue(Highlight.mark("<mark>x</mark>", "mark").startsWith("&lt;<mark>mark</mark>&gt;"));
    }

    @Test
    void nothingToMark() {
        assertEquals("", Highlight.mark(null, "x"));
        assertEquals("物业", Highlight.mark("物业", null));
        assertEquals("物业", Highlight.mark("物业", "，。"));
        assertEquals("a&amp;b", Highlight.mark("a&b", ""));
    }
}
