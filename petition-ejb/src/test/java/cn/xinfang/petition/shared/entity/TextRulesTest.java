package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextRulesTest {

    record Form(String name, List<String> representatives, int count) {
    }

    @Test
    void printableTextIncludingEmojiAndRareCharactersPasses() {
        assertEquals("谢谢😀 𠀀 王堃\t第一行\r\n第二行", TextRules.checked("content", "谢谢😀 𠀀 王堃\t第一行\r\n第二行"));
        assertEquals(-1, TextRules.forbidden(null));
    }

    @Test
    void controlAndBidiCharactersAreRefusedOnTheField() {
        for (String bad : List.of("a\u0000b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u202Eb", "a\u202Ab", "a\u2066b", "a\u2069b", "a\uD800b")) {
            BusinessException e = assertThrows(BusinessException.class, () -> TextRules.checked("content", bad));
            assertEquals("content", e.field());
            assertEquals("error.text.control", e.key());
        }
    }

    @Test
    void everyTextOfAFormRecordIsChecked() {
        TextRules.checkedRecord(new Form("周某", List.of("甲", "乙"), 2));
        assertEquals("representatives", assertThrows(BusinessException.class,
                () -> TextRules.checkedRecord(new Form("周某", List.of("甲\u202E"), 1))).field());
        assertEquals("name", assertThrows(BusinessException.class,
                () -> TextRules.checkedRecord(new Form("周\u0000某", List.of(), 1))).field());
    }
}
