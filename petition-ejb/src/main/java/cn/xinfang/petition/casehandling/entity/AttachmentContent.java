package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * The bytes of one {@link Attachment}, in a table of their own. A plain {@code byte[]} column
 * (BYTEA on PostgreSQL, VARBINARY on H2), deliberately not {@code @Lob}: on PostgreSQL a
 * {@code @Lob} would become a large object (oid) that outlives its row. Not audited: the bytes
 * never change, and the audited description carries their SHA-256.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected AttachmentContent() {
    }

    public AttachmentContent(Attachment attachment, byte[] data) {
        this.attachment = Objects.requireNonNull(attachment);
        this.data = Objects.requireNonNull(data).clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getData() {
        return data.clone();
    }
}
