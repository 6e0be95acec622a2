package cn.xinfang.petition.audit.boundary;

import cn.xinfang.petition.audit.entity.Revision;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The history of a record (Hibernate Envers): every create, update and delete with who and when. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** Oldest first. */
    public List<HistoryEntry> history(@NotNull AuditedType type, long id) {
        if (!type.numericId()) {
            return List.of();
        }
        return entries(type, id);
    }

    /** Oldest first; for the records identified by a code (issue categories, channels), or a number as text. */
    public List<HistoryEntry> history(@NotNull AuditedType type, @NotNull String key) {
        String k = key.strip();
        if (!type.numericId()) {
            return entries(type, k);
        }
        try {
            return entries(type, Long.parseLong(k));
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private List<HistoryEntry> entries(AuditedType type, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entityClass(type), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Object[] row : rows) {
            Auditable entity = (Auditable) row[0];
            Revision rev = (Revision) row[1];
            RevisionType revType = (RevisionType) row[2];
            Map<String, String> current = entity == null ? Map.of() : entity.auditSnapshot();
            HistoryEntry.Kind kind = switch (revType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            entries.add(new HistoryEntry(rev.getId(), Instant.ofEpochMilli(rev.getTimestamp()), rev.getUsername(), kind,
                    diff(previous, current)));
            previous = current;
        }
        return entries;
    }

    /** The entity that declares itself {@code @AuditedAs(type)}; the features own that mapping, not audit. */
    private Class<?> entityClass(AuditedType type) {
        return em.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(c -> Auditable.class.isAssignableFrom(c))
                .filter(c -> c.isAnnotationPresent(AuditedAs.class) && c.getAnnotation(AuditedAs.class).value().equals(type.name()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no entity is @AuditedAs(\"" + type.name() + "\")"));
    }

    static List<HistoryEntry.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        // keep the entity's own field order where it has one
        List<String> ordered = new ArrayList<>(after.keySet());
        fields.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        for (String f : ordered) {
            String b = before.get(f);
            String a = after.get(f);
            if (!Objects.equals(a, b)) {
                changes.add(new HistoryEntry.FieldChange(f, b, a));
            }
        }
        return changes;
    }
}
