package cn.xinfang.petition.organization.control;

import cn.xinfang.petition.shared.boundary.BusinessException;

/** What a password chosen in the product must look like. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw BusinessException.onField(field, "error.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw BusinessException.onField(field, "error.password.mix");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw BusinessException.onField(field, "error.password.containsUsername");
        }
    }
}
