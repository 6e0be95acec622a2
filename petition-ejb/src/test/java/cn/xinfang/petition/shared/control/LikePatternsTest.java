package cn.xinfang.petition.shared.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterMeanThemselves() {
        assertEquals("%100!%满意%", LikePatterns.contains("100%满意"));
        assertEquals("a!_b%", LikePatterns.startsWith("a_b"));
        assertEquals("%wow!!!!%", LikePatterns.contains("wow!!"));
        assertEquals("C:\\temp", LikePatterns.literal("C:\\temp"), "a backslash is an ordinary character");
    }
}
