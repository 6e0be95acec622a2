package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An 18-digit resident identity number (居民身份证号码, GB 11643-1999): 6-digit region code,
 * 8-digit birth date, 3-digit sequence (odd for men), and a check character computed by
 * ISO 7064 MOD 11-2, where 'X' stands for 10.
 */
public final class IdNumber implements Serializable {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses and validates; refuses with "error.idNumber" on the field {@code field}. */
    public static IdNumber parse(String text, String field, LocalDate today) {
        String v = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(v).matches() || v.charAt(17) != checkCharacter(v)) {
            throw BusinessException.onField(field, "error.idNumber");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw BusinessException.onField(field, "error.idNumber");
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            throw BusinessException.onField(field, "error.idNumber");
        }
        return new IdNumber(v);
    }

    /** Whether the text is a valid number (for checks that must not throw). */
    public static boolean isValid(String text, LocalDate today) {
        try {
            parse(text, null, today);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The 18-character number for these 17 digits: GB 11643-1999 check character (ISO 7064 MOD 11-2) appended. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** For roles that do not need the full number: region prefix and the last four characters. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber == null ? null : "****";
        }
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        // never the full number in logs
        return masked();
    }
}
