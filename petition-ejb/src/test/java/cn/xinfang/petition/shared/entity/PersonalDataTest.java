package cn.xinfang.petition.shared.entity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AES-256-GCM sealing, the blind index and a key rotation (the test keys come from the pom). */
class PersonalDataTest {

    private final String configured = System.getProperty(PersonalData.DATA_KEYS);

    @AfterEach
    void restoreKeys() {
        System.setProperty(PersonalData.DATA_KEYS, configured);
        PersonalData.reset();
    }

    @Test
    void sealsWithAFreshIvAndOpensAgain() {
        String a = PersonalData.seal("331182197208150011");
        String b = PersonalData.seal("331182197208150011");
        assertNotEquals(a, b, "a fresh IV each time: equal numbers cannot be told apart in the table");
        assertFalse(a.contains("331182"));
        assertEquals("331182197208150011", PersonalData.open(a));
        assertNull(PersonalData.seal(null));
        assertEquals("13711112222", PersonalData.open("13711112222"), "a row not sealed yet reads as it is");
    }

    @Test
    void tamperedCipherTextIsRefused() {
        String a = PersonalData.seal("13711112222");
        char last = a.charAt(a.length() - 1);
        String tampered = a.substring(0, a.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThrows(IllegalStateException.class, () -> PersonalData.open(tampered));
    }

    @Test
    void theIndexIsKeyedStableAndSeparatesKinds() {
        String i = PersonalData.index(PersonalData.Kind.ID_NUMBER, "331182197208150011");
        assertEquals(i, PersonalData.index(PersonalData.Kind.ID_NUMBER, "331182197208150011"));
        assertEquals(64, i.length());
        assertNotEquals(i, PersonalData.index(PersonalData.Kind.PHONE, "331182197208150011"));
    }

    @Test
    void aRotatedKeySealsNewValuesAndTheOldOneStillOpens() {
        String old = PersonalData.seal("13711112222");
        byte[] fresh = new byte[32];
        fresh[0] = 7;
        System.setProperty(PersonalData.DATA_KEYS, "k2:" + Base64.getEncoder().encodeToString(fresh) + "," + configured);
        PersonalData.reset();
        assertFalse(PersonalData.sealedUnderCurrentKey(old));
        String now = PersonalData.seal("13711112222");
        assertTrue(now.startsWith("pd:k2:"), now);
        assertEquals("13711112222", PersonalData.open(old));
        assertEquals("13711112222", PersonalData.open(now));
    }
}
