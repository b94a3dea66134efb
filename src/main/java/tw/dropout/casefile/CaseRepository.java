package tw.dropout.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tw.dropout.registry.RegistryStudent;

/** dropout_case, its factors, case numbers and the case audit trail. */
@Repository
public class CaseRepository {

  static final String COLUMNS = "id, case_number, school_code, school_year, national_id, student_name, birth_date,"
      + " gender, student_no, department, grade, class_name, registered_address, phone, guardian_name,"
      + " guardian_relation, guardian_phone, same_as_guardian, mailing_address, leave_date, leave_type,"
      + " student_identity, description, state, filed_by, filed_by_name, filed_at, basic_data_saved_at,"
      + " case_data_submitted_at, return_reason, reported_at, reported_by, closure_record_id, closed_at, closed_by,"
      + " closing_reason, closing_note, last_tracked_on, linked_case_id, process_instance_id";

  public record Factor(LeavingFactor factor, String otherText) {
  }

  public record AuditEntry(Instant occurredAt, String actor, String action, String detail) {
  }

  private final JdbcClient jdbc;
  private final ReadInThisTransaction<DropoutCase> read = new ReadInThisTransaction<>("dropout_case");

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<DropoutCase> find(long id) {
    return read.find(id, key -> jdbc.sql("select " + COLUMNS + " from dropout_case where id = ?").param(key)
        .query(CaseRepository::map).optional());
  }

  private void forget(long id) {
    read.forget(id);
  }

  private DropoutCase remember(DropoutCase c) {
    return read.remember(c.id(), c);
  }

  public DropoutCase get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no dropout case " + id));
  }

  public Optional<DropoutCase> findByNumber(String caseNumber) {
    return jdbc.sql("select " + COLUMNS + " from dropout_case where case_number = ?").param(caseNumber)
        .query(CaseRepository::map).optional();
  }

  public Optional<DropoutCase> findOpenByNationalId(String nationalId) {
    return jdbc.sql("select " + COLUMNS + " from dropout_case where open_national_id = ?").param(nationalId)
        .query(CaseRepository::map).optional();
  }

  /** The next number in the school's and school year's series, in the caller's transaction (no gaps). */
  int nextNumber(String schoolCode, int schoolYear) {
    if (bumpNumber(schoolCode, schoolYear) == 0) {
      // First case of the year: lock the school row so two first filings cannot both insert the counter.
      jdbc.sql("select code from school where code = ? for update").param(schoolCode).query(String.class).list();
      if (bumpNumber(schoolCode, schoolYear) == 0) {
        jdbc.sql("insert into case_number_sequence (school_code, school_year, last_number) values (?, ?, 1)")
            .params(schoolCode, schoolYear).update();
        return 1;
      }
    }
    return jdbc.sql("select last_number from case_number_sequence where school_code = ? and school_year = ?")
        .params(schoolCode, schoolYear).query(Integer.class).single();
  }

  private int bumpNumber(String schoolCode, int schoolYear) {
    return jdbc.sql("update case_number_sequence set last_number = last_number + 1"
        + " where school_code = ? and school_year = ?").params(schoolCode, schoolYear).update();
  }

  long insert(String caseNumber, String schoolCode, int schoolYear, RegistryStudent s, String filedBy,
      String filedByName, String processInstanceId, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into dropout_case (case_number, school_code, school_year, national_id, open_national_id,"
            + " student_name, birth_date, gender, student_no, department, grade, class_name, registered_address,"
            + " guardian_name, guardian_relation, guardian_phone, state, filed_by, filed_by_name, filed_at, updated_at,"
            + " process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseNumber, schoolCode, schoolYear, s.nationalId(), s.nationalId(), s.name(), date(s.birthDate()),
            s.gender(), s.studentNo(), s.department(), s.grade(), s.className(), s.address(), s.guardianName(),
            s.guardianRelation(), s.guardianPhone(), CaseState.FILING.name(), filedBy, filedByName, ts(now), ts(now),
            processInstanceId)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Basic data as submitted. Like the other writes of a case step, it returns the case as it now is
   * without reading it back, so the next listener of the step finds it in this transaction's reads.
   */
  DropoutCase updateBasicData(DropoutCase c, String phone, String guardianName, String guardianRelation,
      String guardianPhone, boolean sameAsGuardian, String mailingAddress, Instant now) {
    jdbc.sql("update dropout_case set phone = ?, guardian_name = ?, guardian_relation = ?, guardian_phone = ?,"
            + " same_as_guardian = ?, mailing_address = ?, basic_data_saved_at = ?, updated_at = ? where id = ?")
        .params(phone, guardianName, guardianRelation, guardianPhone, sameAsGuardian, mailingAddress, ts(now), ts(now),
            c.id())
        .update();
    return remember(c.withBasicData(phone, guardianName, guardianRelation, guardianPhone, sameAsGuardian,
        mailingAddress, now));
  }

  /** Case data as submitted, with the state that follows; a pending request for correction is thereby answered. */
  DropoutCase updateCaseData(DropoutCase c, LocalDate leaveDate, LeaveType leaveType, StudentIdentity identity,
      String description, List<Factor> factors, Instant now) {
    DropoutCase updated = c.withCaseData(leaveDate, leaveType, identity, description, now);
    CaseState state = updated.derivedState();
    jdbc.sql("update dropout_case set leave_date = ?, leave_type = ?, student_identity = ?, description = ?,"
            + " case_data_submitted_at = ?, return_reason = null, state = ?, updated_at = ? where id = ?")
        .params(date(leaveDate), name(leaveType), name(identity), description, ts(now), state.name(), ts(now), c.id())
        .update();
    jdbc.sql("delete from case_factor where case_id = ?").param(c.id()).update();
    for (Factor f : factors) {
      jdbc.sql("insert into case_factor (case_id, code, other_text) values (?, ?, ?)")
          .params(c.id(), f.factor().name(), f.otherText()).update();
    }
    return remember(updated.withState(state));
  }

  /** Copies a closed case's data into a newly opened one (無故七日轉休學 → 休學). */
  void copyDataInto(long fromId, long toId, LeaveType leaveType, Instant now) {
    forget(toId);
    DropoutCase from = get(fromId);
    jdbc.sql("update dropout_case set phone = ?, guardian_name = ?, guardian_relation = ?, guardian_phone = ?,"
            + " same_as_guardian = ?, mailing_address = ?, leave_date = ?, leave_type = ?, student_identity = ?,"
            + " description = ?, linked_case_id = ?, updated_at = ? where id = ?")
        .params(from.phone(), from.guardianName(), from.guardianRelation(), from.guardianPhone(),
            from.sameAsGuardian(), from.mailingAddress(), date(from.leaveDate()), name(leaveType),
            name(from.studentIdentity()), from.description(), fromId, ts(now), toId)
        .update();
    for (Factor f : factors(fromId)) {
      jdbc.sql("insert into case_factor (case_id, code, other_text) values (?, ?, ?)")
          .params(toId, f.factor().name(), f.otherText()).update();
    }
  }

  /** In the order of the forms: by category, then as listed. */
  public List<Factor> factors(long caseId) {
    return jdbc.sql("select code, other_text from case_factor where case_id = ?").param(caseId)
        .query((rs, n) -> new Factor(LeavingFactor.valueOf(rs.getString(1)), rs.getString(2))).list().stream()
        .sorted(java.util.Comparator.comparing(Factor::factor))
        .toList();
  }

  void setReturned(long id, String reason, Instant now) {
    forget(id);
    jdbc.sql("update dropout_case set return_reason = ?, updated_at = ? where id = ?")
        .params(reason, ts(now), id).update();
  }

  DropoutCase markReported(DropoutCase c, String by, Instant now) {
    DropoutCase updated = c.withReport(now, by);
    CaseState state = updated.derivedState();
    jdbc.sql("update dropout_case set reported_at = ?, reported_by = ?, state = ?, updated_at = ? where id = ?")
        .params(ts(now), by, state.name(), ts(now), c.id()).update();
    return remember(updated.withState(state));
  }

  void setClosureRecord(long id, Long recordId, Instant now) {
    forget(id);
    jdbc.sql("update dropout_case set closure_record_id = ?, updated_at = ? where id = ?")
        .params(recordId, ts(now), id).update();
  }

  DropoutCase close(DropoutCase c, String by, ClosingReason reason, String note, Instant now) {
    DropoutCase updated = c.withClosure(now, by, reason, note);
    CaseState state = updated.derivedState();
    jdbc.sql("update dropout_case set closed_at = ?, closed_by = ?, closing_reason = ?, closing_note = ?,"
            + " closure_record_id = null, open_national_id = null, state = ?, updated_at = ? where id = ?")
        .params(ts(now), by, reason.name(), note, state.name(), ts(now), c.id()).update();
    return remember(updated.withState(state));
  }

  void setLastTrackedOn(long id, LocalDate day, Instant now) {
    forget(id);
    jdbc.sql("update dropout_case set last_tracked_on = ?, updated_at = ? where id = ?")
        .params(date(day), ts(now), id).update();
  }

  void setLinkedCase(long id, long linkedId) {
    forget(id);
    jdbc.sql("update dropout_case set linked_case_id = ? where id = ?").params(linkedId, id).update();
  }

  void setProcessInstance(long id, String processInstanceId) {
    forget(id);
    jdbc.sql("update dropout_case set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  /** Stores the state the case's facts now imply (see {@link DropoutCase#derivedState()}) and returns the case. */
  DropoutCase refreshState(long id) {
    DropoutCase c = get(id);
    CaseState state = c.derivedState();
    if (state == c.state()) {
      return c;
    }
    jdbc.sql("update dropout_case set state = ? where id = ?").params(state.name(), id).update();
    return remember(c.withState(state));
  }

  /** A new tracking record's effect on its case in one statement: pending suggestion, last date, state. */
  DropoutCase recordAdded(DropoutCase c, long recordId, boolean suggestsClosure, LocalDate trackedOn, Instant now) {
    Long closureRecordId = suggestsClosure ? recordId : null;
    LocalDate last = c.lastTrackedOn() == null || trackedOn.isAfter(c.lastTrackedOn()) ? trackedOn : c.lastTrackedOn();
    DropoutCase updated = c.withTracking(closureRecordId, last);
    CaseState state = updated.derivedState();
    jdbc.sql("update dropout_case set closure_record_id = ?, last_tracked_on = ?, state = ?, updated_at = ?"
            + " where id = ?")
        .params(closureRecordId, date(last), state.name(), ts(now), c.id()).update();
    return remember(updated.withState(state));
  }

  void audit(long caseId, String actor, String action, String detail, Instant now) {
    jdbc.sql("insert into case_audit (case_id, occurred_at, actor, action, detail) values (?, ?, ?, ?, ?)")
        .params(caseId, ts(now), actor, action, detail).update();
  }

  String lastActor(long caseId, String action) {
    return jdbc.sql("select actor from case_audit where case_id = ? and action = ? order by id desc fetch first 1 rows only")
        .params(caseId, action).query(String.class).optional().orElse(null);
  }

  /**
   * Open cases with case data whose last record (or, without one, the case data) is on or before
   * {@code cutoff} and that were not reminded after it.
   */
  List<Long> overdueForReminder(LocalDate cutoff, int limit) {
    return jdbc.sql("select id from dropout_case where closed_at is null and case_data_submitted_at is not null"
            + " and coalesce(last_tracked_on, cast(case_data_submitted_at as date)) <= ?"
            + " and (last_reminded_on is null or last_reminded_on <= ?) order by id fetch first " + limit + " rows only")
        .params(cutoff, cutoff).query(Long.class).list();
  }

  /** Takes the reminder of one case for today; false when it is no longer due (sent elsewhere meanwhile). */
  boolean claimReminder(long id, LocalDate cutoff, LocalDate today) {
    return jdbc.sql("update dropout_case set last_reminded_on = ? where id = ? and closed_at is null"
            + " and (last_reminded_on is null or last_reminded_on <= ?)")
        .params(today, id, cutoff).update() == 1;
  }

  public List<AuditEntry> audits(long caseId) {
    return jdbc.sql("select occurred_at, actor, action, detail from case_audit where case_id = ? order by id")
        .param(caseId)
        .query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            rs.getString(4)))
        .list();
  }

  /** Open cases of a student at a school (a transfer concerns the previous school's cases). */
  List<DropoutCase> findOpenByNationalIdAtSchool(String nationalId, String schoolCode) {
    return jdbc.sql("select " + COLUMNS + " from dropout_case where open_national_id = ? and school_code = ?")
        .params(nationalId, schoolCode).query(CaseRepository::map).list();
  }

  static DropoutCase map(ResultSet rs, int row) throws SQLException {
    return new DropoutCase(
        rs.getLong("id"), rs.getString("case_number"), rs.getString("school_code"), rs.getInt("school_year"),
        rs.getString("national_id"), rs.getString("student_name"), localDate(rs, "birth_date"),
        rs.getString("gender"), rs.getString("student_no"), rs.getString("department"), rs.getString("grade"),
        rs.getString("class_name"), rs.getString("registered_address"), rs.getString("phone"),
        rs.getString("guardian_name"), rs.getString("guardian_relation"), rs.getString("guardian_phone"),
        rs.getBoolean("same_as_guardian"), rs.getString("mailing_address"), localDate(rs, "leave_date"),
        enumOf(LeaveType.class, rs.getString("leave_type")),
        enumOf(StudentIdentity.class, rs.getString("student_identity")), rs.getString("description"),
        CaseState.valueOf(rs.getString("state")), rs.getString("filed_by"), rs.getString("filed_by_name"),
        instant(rs, "filed_at"), instant(rs, "basic_data_saved_at"), instant(rs, "case_data_submitted_at"),
        rs.getString("return_reason"), instant(rs, "reported_at"), rs.getString("reported_by"),
        (Long) rs.getObject("closure_record_id", Long.class), instant(rs, "closed_at"), rs.getString("closed_by"),
        enumOf(ClosingReason.class, rs.getString("closing_reason")), rs.getString("closing_note"),
        localDate(rs, "last_tracked_on"), (Long) rs.getObject("linked_case_id", Long.class),
        rs.getString("process_instance_id"));
  }

  static Timestamp ts(Instant instant) {
    // Millisecond precision: H2 rounds finer fractions, which would make a just-written time lie in the future.
    return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
