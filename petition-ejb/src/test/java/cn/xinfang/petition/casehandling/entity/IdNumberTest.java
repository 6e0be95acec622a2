package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void checkCharacterFollowsMod11Weights() {
        // 11010519491231002X, the standard's own example:
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 -> 'X'
        assertEquals('X', IdNumber.checkCharacter("11010519491231002"));
        // 44052418800101001 (born 1880, refused by the date check, but the arithmetic holds):
        // 4*7+4*9+0*10+5*5+2*8+4*4+1*2+8*1+8*6+0*3+0*7+1*9+0*10+1*5+0*8+0*4+1*2 = 195;
        // 195 mod 11 = 8 -> '4'
        assertEquals('4', IdNumber.checkCharacter("44052418800101001"));
    }

    @Test
    void validNumbersParseAndLowerCaseXIsAccepted() {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x", "id", TODAY).value());
        assertEquals("440524198001010013", IdNumber.parse(" 440524198001010013 ", "id", TODAY).value());
        assertEquals(LocalDate.of(1949, 12, 31), IdNumber.parse("11010519491231002X", "id", TODAY).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "11010519491231002Y", "110105194912310021", "01010519491231002X",
            "1101051949123100", "110105194902300020", "110105203001010010", "11010518991231002A", "110105189912310023"})
    void invalidNumbersAreRefusedOnTheField(String text) {
        BusinessException e = assertThrows(BusinessException.class, () -> IdNumber.parse(text, "idNumber", TODAY));
        assertEquals("error.idNumber", e.key());
        assertEquals("idNumber", e.field());
        assertFalse(IdNumber.isValid(text, TODAY));
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        // 2030-01-01 with a correct check character
        String first17 = "11010520300101001";
        String id = first17 + IdNumber.checkCharacter(first17);
        assertFalse(IdNumber.isValid(id, TODAY));
        assertTrue(IdNumber.isValid(id, LocalDate.of(2031, 1, 1)));
    }

    @Test
    void maskingKeepsThePrefixAndTheLastFour() {
        assertEquals("110***********002X", IdNumber.mask("11010519491231002X"));
        assertEquals("110***********002X", IdNumber.parse("11010519491231002X", "id", TODAY).toString());
        assertEquals("****", IdNumber.mask("123"));
    }
}
