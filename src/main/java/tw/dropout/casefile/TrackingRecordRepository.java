package tw.dropout.casefile;

import static tw.dropout.casefile.CaseRepository.date;
import static tw.dropout.casefile.CaseRepository.enumOf;
import static tw.dropout.casefile.CaseRepository.instant;
import static tw.dropout.casefile.CaseRepository.localDate;
import static tw.dropout.casefile.CaseRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** tracking_record. Deleted records stay in the table (deleted_at set) as the audit trail requires. */
@Repository
public class TrackingRecordRepository {

  private static final String COLUMNS = "id, case_id, tracked_on, contact_method, contact_target, situation,"
      + " student_status, suggest_close, closing_reason, closing_note, author, author_name, created_at, used_for,"
      + " deleted_at, deleted_by";
  /** Newest first: by tracking date, then by entry order. */
  private static final String NEWEST_FIRST = " order by tracked_on desc, id desc";

  public record NewRecord(LocalDate trackedOn, ContactMethod contactMethod, ContactTarget contactTarget,
      String situation, StudentStatus studentStatus, boolean suggestClose, ClosingReason closingReason,
      String closingNote) {
  }

  private final JdbcClient jdbc;
  private final ReadInThisTransaction<TrackingRecord> read = new ReadInThisTransaction<>("tracking_record");

  TrackingRecordRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long caseId, NewRecord r, String author, String authorName, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into tracking_record (case_id, tracked_on, contact_method, contact_target, situation,"
            + " student_status, suggest_close, closing_reason, closing_note, author, author_name, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseId, date(r.trackedOn()), r.contactMethod().name(),
            r.contactTarget() == null ? null : r.contactTarget().name(), r.situation(), r.studentStatus().name(),
            r.suggestClose(), r.closingReason() == null ? null : r.closingReason().name(), r.closingNote(), author,
            authorName, ts(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** One record; read once per transaction (a closure step asks for the suggesting record several times). */
  public Optional<TrackingRecord> find(long id) {
    return read.find(id, key -> jdbc.sql("select " + COLUMNS + " from tracking_record where id = ?").param(key)
        .query(TrackingRecordRepository::map).optional());
  }

  /** The case's records that count (not deleted), newest first. */
  public List<TrackingRecord> forCase(long caseId) {
    return jdbc.sql("select " + COLUMNS + " from tracking_record where case_id = ? and deleted_at is null"
        + NEWEST_FIRST).param(caseId).query(TrackingRecordRepository::map).list();
  }

  public Optional<TrackingRecord> latest(long caseId) {
    return jdbc.sql("select " + COLUMNS + " from tracking_record where case_id = ? and deleted_at is null"
            + NEWEST_FIRST + " fetch first 1 rows only")
        .param(caseId).query(TrackingRecordRepository::map).optional();
  }

  void markDeleted(long id, String by, Instant now) {
    jdbc.sql("update tracking_record set deleted_at = ?, deleted_by = ? where id = ? and deleted_at is null")
        .params(ts(now), by, id).update();
    read.forget(id);
  }

  /** A report relies on every record the case has at that moment. */
  void markUsedForReport(long caseId) {
    jdbc.sql("update tracking_record set used_for = ? where case_id = ? and deleted_at is null and used_for is null")
        .params(TrackingRecord.USED_FOR_REPORT, caseId).update();
    read.forgetAll();
  }

  void markUsedForClosure(long id) {
    jdbc.sql("update tracking_record set used_for = ? where id = ?").params(TrackingRecord.USED_FOR_CLOSURE, id)
        .update();
    read.forget(id);
  }

  static TrackingRecord map(ResultSet rs, int row) throws SQLException {
    return new TrackingRecord(
        rs.getLong("id"), rs.getLong("case_id"), localDate(rs, "tracked_on"),
        ContactMethod.valueOf(rs.getString("contact_method")),
        enumOf(ContactTarget.class, rs.getString("contact_target")), rs.getString("situation"),
        StudentStatus.valueOf(rs.getString("student_status")), rs.getBoolean("suggest_close"),
        enumOf(ClosingReason.class, rs.getString("closing_reason")), rs.getString("closing_note"),
        rs.getString("author"), rs.getString("author_name"), instant(rs, "created_at"), rs.getString("used_for"),
        instant(rs, "deleted_at"), rs.getString("deleted_by"));
  }
}
