package cn.xinfang.petition.organization.control;

import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    static BusinessException refused(String password, String username) {
        return assertThrows(BusinessException.class, () -> PasswordPolicy.check("newPassword", password, username));
    }

    static void assertLengthRefusal(BusinessException e) {
        assertEquals("error.password.length", e.key());
        assertEquals("newPassword", e.field());
        assertArrayEquals(new Object[]{8, 64}, e.args());
    }

    @Test
    void limits() {
        assertEquals(8, PasswordPolicy.MIN_LENGTH);
        assertEquals(64, PasswordPolicy.MAX_LENGTH);
    }

    @Test
    void tooShort() {
        assertLengthRefusal(refused("abc1234", "zhang"));
    }

    @Test
    void tooLong() {
        assertLengthRefusal(refused("a1".repeat(32) + "b", "zhang"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {""})
    void missing(String password) {
        assertLengthRefusal(refused(password, "zhang"));
    }

    @Test
    void boundaryLengthsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "abcd1234", "zhang"));
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "a1".repeat(32), "zhang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "ABCDEFGHIJ", "abc!@#$%^", "12345678", "1234!@#$%", "!@#$%^&*()"})
    void lettersAndDigitsMustBeMixed(String password) {
        BusinessException e = refused(password, "zhang");
        assertEquals("error.password.mix", e.key());
        assertEquals("newPassword", e.field());
        assertEquals(0, e.args().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhang1234", "1234zhang", "12ZHANG34", "12ZhAnG34"})
    void mayNotContainTheUsername(String password) {
        BusinessException e = refused(password, "zhang");
        assertEquals("error.password.containsUsername", e.key());
        assertEquals("newPassword", e.field());
        assertEquals(0, e.args().length);
    }

    @Test
    void usernameIsComparedCaseInsensitively() {
        BusinessException e = refused("ab1ZHANG.san", "zhang.san");
        assertEquals("error.password.containsUsername", e.key());
    }

    @Test
    void goodPasswordPasses() {
        assertDoesNotThrow(() -> PasswordPolicy.check("newPassword", "Xinfang2026!", "zhang.san"));
        assertDoesNotThrow(() -> PasswordPolicy.check("newPassword", "correct horse 9", "zhang.san"));
    }

    @Test
    void withoutUsernameOnlyLengthAndMixCount() {
        assertDoesNotThrow(() -> PasswordPolicy.check("newPassword", "zhang1234", null));
    }

    @Test
    void fieldIsPassedThrough() {
        BusinessException e = assertThrows(BusinessException.class, () -> PasswordPolicy.check("initialPassword", "x", "u"));
        assertEquals("initialPassword", e.field());
    }
}
