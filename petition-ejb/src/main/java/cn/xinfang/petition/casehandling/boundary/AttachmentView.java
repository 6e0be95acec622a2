package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.AttachmentPages;
import cn.xinfang.petition.casehandling.entity.AttachmentKind;

import java.io.Serializable;
import java.time.Instant;

/** One attachment of a matter as pages and clients see it; never its bytes. */
public record AttachmentView(long id, long matterId, AttachmentKind kind, String fileName, String contentType,
                             long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
                             Instant withdrawnAt, String withdrawnBy, String withdrawalReason) implements Serializable {

    /** The size as people read it: 812 B, 35.2 KB, 4.1 MB (as the whole file's index prints it). */
    public String readableSize() {
        return AttachmentPages.size(sizeBytes);
    }

    /** Withdrawn by a case officer: kept and listed, left out of the whole file. */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
