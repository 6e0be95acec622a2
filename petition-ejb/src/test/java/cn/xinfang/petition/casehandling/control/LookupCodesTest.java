package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.control.migration.V18__HashLookupCodes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    private static final byte[] KEY = "a test key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyAKeyedHashIsKeptAndMatchingIgnoresCaseAndSpacesButNothingElse() {
        String kept = LookupCodes.hash(KEY, "AB23CD45");
        assertEquals(64, kept.length());
        assertFalse(kept.contains("AB23CD45"));
        assertNotEquals(kept, LookupCodes.hash("another key, as long as the first one".getBytes(StandardCharsets.UTF_8), "AB23CD45"),
                "the hash depends on the server's key");
        assertTrue(LookupCodes.matches(kept, "ab23 cd45", KEY));
        assertTrue(LookupCodes.matches(kept, "AB23-CD45", KEY));
        assertFalse(LookupCodes.matches(kept, "AB23CD46", KEY));
        assertFalse(LookupCodes.matches(kept, "AB23CD4", KEY));
        assertFalse(LookupCodes.matches(kept, null, KEY));
        assertFalse(LookupCodes.matches(null, "AB23CD45", KEY));
        assertFalse(LookupCodes.matches(kept, "ＡＢ23CD45", KEY));
        assertFalse(LookupCodes.matches("AB23CD45", "AB23CD45", KEY), "a code in clear is no hash");
    }

    @Test
    void theMigrationHashesExistingCodesAsTheServerDoes() {
        assertEquals(LookupCodes.hash(KEY, "AB23CD45"), V18__HashLookupCodes.hash(KEY, "AB23CD45"));
    }
}
