package cn.xinfang.petition.organization.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsModularCryptBcrypt() {
        String hash = hasher.hash("Xinfang2026!".toCharArray());
        assertTrue(hash.startsWith("$2"), hash);
        // $2a$10$ + 22 chars salt + 31 chars hash = 60 chars
        assertTrue(hash.matches("\\$2[aby]?\\$10\\$[./A-Za-z0-9]{53}"), hash);
        assertEquals(60, hash.length());
    }

    @Test
    void verifiesTheRightPassword() {
        String hash = hasher.hash("Xinfang2026!".toCharArray());
        assertTrue(hasher.verify("Xinfang2026!".toCharArray(), hash));
    }

    @Test
    void rejectsAWrongPassword() {
        String hash = hasher.hash("Xinfang2026!".toCharArray());
        assertFalse(hasher.verify("xinfang2026!".toCharArray(), hash));
        assertFalse(hasher.verify("Xinfang2026".toCharArray(), hash));
        assertFalse(hasher.verify(new char[0], hash));
    }

    @Test
    void garbageStoredHashIsFalseNotAnError() {
        assertFalse(hasher.verify("Xinfang2026!".toCharArray(), "not a hash"));
        assertFalse(hasher.verify("Xinfang2026!".toCharArray(), ""));
        assertFalse(hasher.verify("Xinfang2026!".toCharArray(), "$2a$10$tooShort"));
    }

    @Test
    void sameSaltNeverTwice() {
        String a = hasher.hash("Xinfang2026!".toCharArray());
        String b = hasher.hash("Xinfang2026!".toCharArray());
        assertNotEquals(a, b);
        assertTrue(hasher.verify("Xinfang2026!".toCharArray(), a));
        assertTrue(hasher.verify("Xinfang2026!".toCharArray(), b));
    }

    @Test
    void nonAsciiPasswords() {
        String hash = hasher.hash("信访密码2026".toCharArray());
        assertTrue(hasher.verify("信访密码2026".toCharArray(), hash));
        assertFalse(hasher.verify("信访密码2025".toCharArray(), hash));
    }

    @Test
    void costIsTen() {
        assertEquals(10, PasswordHasher.COST);
    }
}
