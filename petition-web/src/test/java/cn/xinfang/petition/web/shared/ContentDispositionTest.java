package cn.xinfang.petition.web.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentDispositionTest {

    @Test
    void chineseNamesGoAsRfc5987WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"__ 1.pdf\"; filename*=UTF-8''%E6%9D%A5%E4%BF%A1%201.pdf",
                ContentDisposition.attachment("来信 1.pdf"));
    }

    @Test
    void quotesAndPercentSignsCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b__c.png\"; filename*=UTF-8''a%22b%5C%25c.png",
                ContentDisposition.attachment("a\"b\\%c.png"));
    }
}
