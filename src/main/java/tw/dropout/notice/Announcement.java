package tw.dropout.notice;

import java.time.LocalDate;

/** One announcement as lists show it; the attachment's bytes are fetched separately. */
public record Announcement(long id, String title, String body, LocalDate publishedOn, boolean pinned,
    String attachmentName, Long attachmentSize) {

  public boolean hasAttachment() {
    return attachmentName != null;
  }

  /** Size for people: "1.2 MB", "350 KB". */
  public String attachmentSizeText() {
    if (attachmentSize == null) {
      return "";
    }
    return attachmentSize >= 1024 * 1024 ? String.format("%.1f MB", attachmentSize / 1024.0 / 1024.0)
        : Math.max(1, attachmentSize / 1024) + " KB";
  }
}
