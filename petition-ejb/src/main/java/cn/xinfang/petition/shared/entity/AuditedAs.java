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
}
