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
import java.util.Comparator;
import java.util.HashMap;
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
            // a record that is also known by a text key (a matter by its number)
            Class<?> main = entityClass(type);
            String natural = main.getAnnotation(AuditedAs.class).naturalKey();
            if (natural.isEmpty()) {
                return List.of();
            }
            List<?> found = em.createQuery("SELECT e FROM " + em.getMetamodel().entity(main).getName() + " e WHERE e." + natural
                    + " = :k").setParameter("k", k).setMaxResults(1).getResultList();
            return found.isEmpty() ? List.of()
                    : entries(type, em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(found.get(0)));
        }
    }

    private List<HistoryEntry> entries(AuditedType type, Object id) {
        Class<?> main = entityClass(type);
        List<HistoryEntry> entries = new ArrayList<>(revisions(main, AuditEntity.id().eq(id), null));
        if (entries.isEmpty()) {
            return entries;
        }
        long since = entries.get(0).revision();
        for (Class<?> part : parts(type)) {
            AuditedAs as = part.getAnnotation(AuditedAs.class);
            String name = Character.toLowerCase(part.getSimpleName().charAt(0)) + part.getSimpleName().substring(1);
            if (!as.partOf().isEmpty()) {
                entries.addAll(revisions(part, AuditEntity.relatedId(as.partOf()).eq(id), name));
            } else {
                Object referred = referredId(main, id, as.via());
                if (referred != null) {
                    entries.addAll(revisions(part, AuditEntity.id().eq(referred), name).stream()
                            .filter(e -> e.revision() >= since).toList());
                }
            }
        }
        // one revision may change the record and several parts: the record first, then its parts
        entries.sort(Comparator.comparingLong(HistoryEntry::revision)
                .thenComparing(e -> e.part() == null ? "" : e.part()).thenComparing(e -> e.partLabel() == null ? "" : e.partLabel()));
        return entries;
    }

    /** Every revision of the rows matched, each diffed against the previous revision of the same row. */
    private List<HistoryEntry> revisions(Class<?> type, org.hibernate.envers.query.criteria.AuditCriterion which, String part) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(which)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<Object, Map<String, String>> previous = new HashMap<>();
        for (Object[] row : rows) {
            Auditable entity = (Auditable) row[0];
            Revision rev = (Revision) row[1];
            RevisionType revType = (RevisionType) row[2];
            Object rowId = entity == null ? null : em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            Map<String, String> current = entity == null ? Map.of() : entity.auditSnapshot();
            HistoryEntry.Kind kind = switch (revType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            entries.add(new HistoryEntry(rev.getId(), Instant.ofEpochMilli(rev.getTimestamp()), rev.getUsername(), kind,
                    diff(previous.getOrDefault(rowId, Map.of()), current), part, part == null || entity == null ? null : entity.auditLabel()));
            previous.put(rowId, current);
        }
        return entries;
    }

    /** The entities whose history is part of a record of this type (declared {@code @AuditedAs(type, partOf|via)}). */
    private List<Class<?>> parts(AuditedType type) {
        return em.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(c -> Auditable.class.isAssignableFrom(c) && c.isAnnotationPresent(AuditedAs.class))
                .filter(c -> c.getAnnotation(AuditedAs.class).value().equals(type.name()) && !isMain(c))
                .sorted(Comparator.comparing(Class::getSimpleName)).collect(java.util.stream.Collectors.toList());
    }

    private static boolean isMain(Class<?> c) {
        AuditedAs as = c.getAnnotation(AuditedAs.class);
        return as.partOf().isEmpty() && as.via().isEmpty();
    }

    /** The id of the entity the main record refers to through {@code attribute}, as it stands now. */
    private Object referredId(Class<?> main, Object id, String attribute) {
        Object record = em.find(main, id);
        if (record == null) {
            return null;
        }
        Object value = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record) == null ? null
                : readAttribute(main, record, attribute);
        return value == null ? null : em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
    }

    private Object readAttribute(Class<?> main, Object record, String attribute) {
        java.lang.reflect.Member member = em.getMetamodel().entity(main).getAttribute(attribute).getJavaMember();
        try {
            if (member instanceof java.lang.reflect.Field f) {
                f.setAccessible(true);
                return f.get(record);
            }
            return ((java.lang.reflect.Method) member).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + main.getSimpleName() + "." + attribute, e);
        }
    }

    /** The entity that declares itself {@code @AuditedAs(type)}; the features own that mapping, not audit. */
    private Class<?> entityClass(AuditedType type) {
        return em.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(c -> Auditable.class.isAssignableFrom(c))
                .filter(c -> c.isAnnotationPresent(AuditedAs.class) && c.getAnnotation(AuditedAs.class).value().equals(type.name()))
                .filter(AuditTrail::isMain)
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
