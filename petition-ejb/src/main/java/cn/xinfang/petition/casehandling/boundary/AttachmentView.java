package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.AttachmentKind;

import java.io.Serializable;
import java.time.Instant;

/** One attachment of a matter as pages and clients see it; never its bytes. */
public record AttachmentView(long id, long matterId, AttachmentKind kind, String fileName, String contentType,
                             long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) implements Serializable {
}
