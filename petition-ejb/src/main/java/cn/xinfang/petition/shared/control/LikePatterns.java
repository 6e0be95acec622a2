package cn.xinfang.petition.shared.control;

/**
 * LIKE patterns for text a user typed, where '%' and '_' mean themselves.
 *
 * <p>The escape character is named in every query ({@link #ESCAPE}): Hibernate renders a LIKE
 * without ESCAPE as {@code escape ''} on PostgreSQL (no escape at all) but H2 escapes with a
 * backslash by default, so a pattern escaped without naming the character behaves differently on
 * the two databases. '!' rather than a backslash keeps the literal the same in JPQL and in SQL.
 */
public final class LikePatterns {

    /** Append after {@code LIKE :param} in JPQL. */
    public static final String ESCAPE = " ESCAPE '!'";

    private LikePatterns() {
    }

    /** The text with the escape character, '%' and '_' escaped. */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static String contains(String text) {
        return "%" + literal(text) + "%";
    }

    public static String startsWith(String text) {
        return literal(text) + "%";
    }
}
