package tw.dropout.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** One 追蹤紀錄. author is null for the system's own notes (學籍異動, 成年). */
public record TrackingRecord(
    long id,
    long caseId,
    LocalDate trackedOn,
    ContactMethod contactMethod,
    ContactTarget contactTarget,
    String situation,
    StudentStatus studentStatus,
    boolean suggestClose,
    ClosingReason closingReason,
    String closingNote,
    String author,
    String authorName,
    Instant createdAt,
    String usedFor,
    Instant deletedAt,
    String deletedBy) {

  public static final String USED_FOR_REPORT = "REPORT";
  public static final String USED_FOR_CLOSURE = "CLOSURE";

  public boolean isSystemNote() {
    return author == null;
  }

  /** Authors may take back their own record until a report or closure has relied on it. */
  public boolean deletableBy(String username) {
    return author != null && author.equals(username) && usedFor == null && deletedAt == null;
  }
}
