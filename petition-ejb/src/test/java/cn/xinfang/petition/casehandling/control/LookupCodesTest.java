package cn.xinfang.petition.casehandling.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookupCodesTest {

    @Test
    void codesAreEightUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String c = LookupCodes.next();
            assertEquals(8, c.length());
            assertTrue(c.chars().allMatch(ch -> LookupCodes.ALPHABET.indexOf(ch) >= 0), c);
            assertFalse(c.matches(".*[01OIL].*"), c);
            seen.add(c);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void matchingIgnoresCaseAndSpacesButNothingElse() {
        assertTrue(LookupCodes.matches("AB23CD45", "ab23 cd45"));
        assertTrue(LookupCodes.matches("AB23CD45", "AB23-CD45"));
        assertFalse(LookupCodes.matches("AB23CD45", "AB23CD46"));
        assertFalse(LookupCodes.matches("AB23CD45", "AB23CD4"));
        assertFalse(LookupCodes.matches("AB23CD45", null));
        assertFalse(LookupCodes.matches(null, "AB23CD45"));
        assertFalse(LookupCodes.matches("AB23CD45", "ＡＢ23CD45"));
    }
}
