package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.AttachmentKind;

import java.io.Serializable;
import java.time.Instant;

/** One attachment of a matter as pages and clients see it; never its bytes. */
public record AttachmentView(long id, long matterId, AttachmentKind kind, String fileName, String contentType,
                             long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
                             Instant withdrawnAt, String withdrawnBy, String withdrawalReason) implements Serializable {

    /** Withdrawn by a case officer: kept and listed, left out of the whole file. */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
