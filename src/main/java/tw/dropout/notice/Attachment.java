package tw.dropout.notice;

/** An uploaded file that passed {@link AttachmentCheck}. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
