package cn.xinfang.petition.audit.entity;

import java.util.Map;

/**
 * An audited entity describes itself as field → display value so that the audit trail can
 * show what changed between two revisions without knowing each entity.
 */
public interface Auditable {

    Map<String, String> auditSnapshot();
}
