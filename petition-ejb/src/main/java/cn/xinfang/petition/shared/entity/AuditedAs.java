package cn.xinfang.petition.shared.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an {@link Auditable} entity on the administrator's history screen under the name of one
 * {@code audit.boundary.AuditedType}. The feature that owns the entity says so here; the audit
 * trail finds the entity in the persistence unit and never imports a feature.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditedAs {

    /** The name of the {@code AuditedType} constant. */
    String value();

    /**
     * For a part of another record's history (a matter's co-handling units, appeals, hearings,
     * attachments): the name of this entity's many-to-one attribute that points to that record.
     */
    String partOf() default "";

    /**
     * For a record the main one refers to (a matter's petitioner): the name of the main entity's
     * attribute that refers to this one.
     */
    String via() default "";

    /** For the record itself: an attribute that also identifies it as text (a matter's number). */
    String naturalKey() default "";
}
