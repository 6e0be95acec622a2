package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A channel through which matters arrive (来信, 来访, 12345 …). Configuration, not code: local
 * platforms differ. Each belongs to one statistical group.
 */
@Entity
@Audited
@AuditedAs("CHANNEL")
@Table(name = "channel")
@NamedQueries({
        @NamedQuery(name = Channel.ACTIVE, query = "SELECT c FROM Channel c WHERE c.active = TRUE ORDER BY c.sortOrder"),
        @NamedQuery(name = Channel.ALL, query = "SELECT c FROM Channel c ORDER BY c.sortOrder, c.code")
})
public class Channel implements Auditable {

    /** The channel of what the public submits on the online form; it cannot be deactivated. */
    public static final String ONLINE = "ONLINE";
    public static final String ACTIVE = "Channel.active";
    public static final String ALL = "Channel.all";

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "stat_group", nullable = false, length = 10)
    private ChannelGroup group;

    /** 上级交办: the transferring level and its document number are required. */
    @Column(name = "transfer", nullable = false)
    private boolean transfer;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Channel codes: upper-case letters, digits and underscores, as the seeded ones (HOTLINE_12345). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    protected Channel() {
    }

    /** A channel the administrator adds: its statistics group decides where the figures count it. */
    public Channel(String code, String name, ChannelGroup group, boolean transfer, int sortOrder) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            throw BusinessException.onField("code", "error.required");
        }
        if (!CODE.matcher(c).matches()) {
            throw BusinessException.onField("code", "error.channel.codeFormat");
        }
        if (group == null) {
            throw BusinessException.onField("group", "error.required");
        }
        this.code = c;
        this.name = CodeEntries.name(name);
        this.group = group;
        this.transfer = transfer;
        this.sortOrder = sortOrder;
    }

    public void rename(String name) {
        this.name = CodeEntries.name(name);
    }

    /** Gone from the registration choices; the online form's channel stays, the public submits through it. */
    public void deactivate() {
        if (ONLINE.equals(code)) {
            throw new BusinessException("error.channel.online");
        }
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("group", group == null ? null : group.name());
        m.put("transfer", String.valueOf(transfer));
        m.put("active", String.valueOf(active));
        m.put("sortOrder", String.valueOf(sortOrder));
        return m;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ChannelGroup getGroup() {
        return group;
    }

    public boolean isTransfer() {
        return transfer;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
