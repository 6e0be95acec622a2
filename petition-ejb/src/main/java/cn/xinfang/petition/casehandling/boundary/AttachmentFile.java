package cn.xinfang.petition.casehandling.boundary;

/** An attachment's bytes for a download, with the type decided from them when it was stored. */
public record AttachmentFile(String fileName, String contentType, byte[] data) {
}
