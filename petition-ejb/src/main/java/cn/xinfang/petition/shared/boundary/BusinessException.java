package cn.xinfang.petition.shared.boundary;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A business rule refused the call. Carries a message key (resolved in the user's language by
 * the web layer or the REST layer) and its arguments; the transaction is rolled back, so nothing
 * is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final String field;
    private final Serializable[] args;

    public BusinessException(String key, Serializable... args) {
        this(key, null, args);
    }

    private BusinessException(String key, String field, Serializable... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.field = field;
        this.args = args.clone();
    }

    /** A refusal that belongs to one input field of a form. */
    public static BusinessException onField(String field, String key, Serializable... args) {
        return new BusinessException(key, field, args);
    }

    public String key() {
        return key;
    }

    /** The form field the message belongs to, or null for the whole form. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
