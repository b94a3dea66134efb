package tw.dropout.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The main reporter's two decisions, 通報 and 結案 (manual step 5), and what the system does around
 * them: a closure the closing rules refuse goes back to tracking with a note, a confirmed closure
 * closes the case (and for 無故七日轉休學 asks for the follow-up 休學 case), and a suspended student's
 * 18th birthday puts the case up for closure review.
 */
@Service
public class CaseReviews {

  public static final String CONFIRM = "CONFIRM";
  public static final String RETURN = "RETURN";

  private final CaseRepository cases;
  private final TrackingRecordRepository records;
  private final TrackingRecords trackingRecords;
  private final ClosingRules closingRules;
  private final CaseFiling filing;
  private final Actors actors;
  private final Clock clock;

  CaseReviews(CaseRepository cases, TrackingRecordRepository records, TrackingRecords trackingRecords,
      ClosingRules closingRules, CaseFiling filing, Actors actors, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.trackingRecords = trackingRecords;
    this.closingRules = closingRules;
    this.filing = filing;
    this.actors = actors;
    this.clock = clock;
  }

  public Map<String, Object> reportForm(long caseId) {
    DropoutCase c = cases.get(caseId);
    List<TrackingRecord> all = records.forCase(caseId);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("summaryStudent", student(c));
    form.put("summaryFiler", CaseTexts.get("summary.filer", c.filedByName(), CaseViews.date(c.filedAt())));
    form.put("summaryLeave", leave(c));
    form.put("summaryFactors", cases.factors(caseId).stream()
        .map(f -> f.otherText() == null ? f.factor().label() : f.factor().label() + "：" + f.otherText())
        .collect(Collectors.joining("、")));
    form.put("summaryRecords", all.isEmpty() ? CaseTexts.get("summary.noRecords")
        : CaseTexts.get("summary.records", all.size(), all.get(0).trackedOn()));
    form.put("summaryLatestRecord", all.isEmpty() ? "" : all.get(0).situation());
    form.put("reportDecision", null);
    form.put("returnReason", null);
    return form;
  }

  /** 確認通報 or 退回補正 (with a reason). Returns whether the case was reported. */
  @Transactional
  public boolean decideReport(long caseId, String username, Map<String, Object> submitted) {
    DropoutCase c = reviewable(caseId, username);
    FormInput in = new FormInput(submitted, LocalDate.now(clock));
    String decision = decision(in, "reportDecision");
    String reason = RETURN.equals(decision) ? in.text("returnReason", "退回原因", 500, true) : null;
    if (CONFIRM.equals(decision) && c.lastTrackedOn() == null) {
      in.problem(CaseTexts.get("review.reportNeedsRecord"));
    }
    in.refuseIfProblems();
    Instant now = clock.instant();
    if (CONFIRM.equals(decision)) {
      cases.markReported(c, username, now);
      records.markUsedForReport(caseId);
      cases.audit(caseId, username, "REPORTED", null, now);
    } else {
      cases.setReturned(caseId, reason, now);
      cases.audit(caseId, username, "RETURNED_FOR_CORRECTION", reason, now);
      cases.refreshState(caseId);
    }
    return CONFIRM.equals(decision);
  }

  public Map<String, Object> closureForm(long caseId) {
    DropoutCase c = cases.get(caseId);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("summaryStudent", student(c));
    form.put("summaryLeave", leave(c));
    TrackingRecord record = c.closureRecordId() == null ? null : records.find(c.closureRecordId()).orElse(null);
    if (record != null) {
      form.put("summaryClosureRecord", CaseTexts.get("summary.record", record.trackedOn(), record.authorName(),
          record.contactMethod().label()));
      form.put("summaryClosingReason", record.closingReason() == null ? "" : record.closingReason().label());
      form.put("summaryClosingNote", record.closingNote());
      form.put("summarySituation", record.situation());
      ClosingRules.Verdict verdict = verdict(c, record);
      form.put("summaryRuleCheck", CaseTexts.get(verdict.allowed() ? "summary.ruleHolds" : "summary.ruleFails",
          verdict.explanation()));
    }
    form.put("closureDecision", null);
    form.put("returnReason", null);
    return form;
  }

  /**
   * 確認結案 or 退回追蹤 (with a reason). Confirming needs the pending suggestion to still meet the
   * closing rules; returning withdraws the suggestion. Returns whether the closure was confirmed.
   */
  @Transactional
  public boolean decideClosure(long caseId, String username, Map<String, Object> submitted) {
    DropoutCase c = reviewable(caseId, username);
    FormInput in = new FormInput(submitted, LocalDate.now(clock));
    String decision = decision(in, "closureDecision");
    String reason = RETURN.equals(decision) ? in.text("returnReason", "退回原因", 500, true) : null;
    TrackingRecord record = c.closureRecordId() == null ? null : records.find(c.closureRecordId()).orElse(null);
    if (CONFIRM.equals(decision)) {
      if (record == null) {
        in.problem(CaseTexts.get("review.noSuggestion"));
      } else if (!verdict(c, record).allowed()) {
        in.problem(verdict(c, record).explanation());
      }
    }
    in.refuseIfProblems();
    Instant now = clock.instant();
    if (CONFIRM.equals(decision)) {
      cases.audit(caseId, username, "CLOSURE_CONFIRMED", record.closingReason().label(), now);
    } else {
      cases.setClosureRecord(caseId, null, now);
      cases.audit(caseId, username, "CLOSURE_RETURNED", reason, now);
      cases.refreshState(caseId);
    }
    return CONFIRM.equals(decision);
  }

  /**
   * Closes the case on its pending suggestion (Task_CloseCase, after 確認結案). For 無故七日轉休學 it
   * files the follow-up 休學 case for the same filer and returns true.
   */
  @Transactional
  public boolean close(long caseId) {
    DropoutCase c = cases.get(caseId);
    TrackingRecord record = records.find(c.closureRecordId()).orElseThrow();
    Instant now = clock.instant();
    records.markUsedForClosure(record.id());
    // Closed in the name of the main reporter whose 確認結案 led here.
    String closedBy = cases.lastActor(caseId, "CLOSURE_CONFIRMED");
    DropoutCase closed = cases.close(c, closedBy, record.closingReason(), record.closingNote(), now);
    boolean continues = verdict(c, record).opensSuspensionCase();
    if (continues) {
      filing.fileContinuation(closed);
    }
    return continues;
  }

  /** The closing rules refused the suggestion (Task_RejectSuggestion): back to tracking, with the reason noted. */
  @Transactional
  public DropoutCase rejectSuggestion(long caseId) {
    DropoutCase c = cases.get(caseId);
    TrackingRecord record = c.closureRecordId() == null ? null : records.find(c.closureRecordId()).orElse(null);
    Instant now = clock.instant();
    String explanation = record == null ? CaseTexts.get("review.noSuggestion") : verdict(c, record).explanation();
    cases.setClosureRecord(caseId, null, now);
    cases.audit(caseId, null, "SUGGESTION_REFUSED", explanation, now);
    return cases.refreshState(caseId);
  }

  /** After 退回追蹤 the process only needs the case's flags again (Task_ReturnToTracking). */
  public DropoutCase current(long caseId) {
    return cases.get(caseId);
  }

  /** A suspended student turned 18 (Task_SuggestClosureAtAdulthood): the system suggests 已成年（追蹤期滿）. */
  @Transactional
  public DropoutCase noteAdulthood(long caseId) {
    DropoutCase c = cases.get(caseId);
    if (!c.isOpen() || c.leaveType() != LeaveType.SUSPENSION) {
      return c;
    }
    String situation = CaseTexts.get("system.adulthood", c.birthDate().plusYears(18));
    return trackingRecords.addSystemNote(caseId, situation, StudentStatus.OTHER, ClosingReason.ADULTHOOD, null);
  }

  /** What the closing-rule decision (Task_CheckClosingRule) is asked about the pending suggestion. */
  public record ClosingRuleInputs(String closingReason, String leaveType, boolean studentAdult,
      boolean closingNoteGiven) {
  }

  /**
   * The pending suggestion's reason (null when there is none), the 離校種類, whether the suggestion has a
   * 結案說明, and whether the student is of age.
   */
  public ClosingRuleInputs closingRuleInputs(long caseId) {
    DropoutCase c = cases.get(caseId);
    TrackingRecord pending = c.closureRecordId() == null ? null : records.find(c.closureRecordId()).orElse(null);
    String reason = pending == null || pending.closingReason() == null ? null : pending.closingReason().name();
    boolean noteGiven = pending != null && pending.closingNote() != null && !pending.closingNote().isBlank();
    return new ClosingRuleInputs(reason, c.leaveType() == null ? null : c.leaveType().name(),
        c.studentAdultOn(LocalDate.now(clock)), noteGiven);
  }

  /** 休學: tracked until the 18th birthday (the adulthood timer). */
  public boolean isSuspension(long caseId) {
    return cases.get(caseId).leaveType() == LeaveType.SUSPENSION;
  }

  /** The start of the student's 18th birthday, Taiwan time (Event_StudentTurns18). */
  public Instant adulthoodBegins(long caseId) {
    return cases.get(caseId).birthDate().plusYears(18).atStartOfDay(clock.getZone()).toInstant();
  }

  private ClosingRules.Verdict verdict(DropoutCase c, TrackingRecord record) {
    return closingRules.check(record.closingReason(), c.leaveType(), c.studentAdultOn(LocalDate.now(clock)),
        record.closingNote());
  }

  private DropoutCase reviewable(long caseId, String username) {
    DropoutCase c = cases.get(caseId);
    if (!actors.require(username).mayReview(c)) {
      throw CaseTexts.refusal("review.notAllowed");
    }
    return c;
  }

  private static String decision(FormInput in, String key) {
    Object raw = in.text(key, "審核結果", 10, true);
    if (raw != null && !CONFIRM.equals(raw) && !RETURN.equals(raw)) {
      in.problem(CaseTexts.get("form.badChoice", "審核結果"));
    }
    return raw == null ? null : raw.toString();
  }

  private static String student(DropoutCase c) {
    return CaseTexts.get("summary.student", c.studentName(), c.maskedNationalId(), c.grade(), c.className());
  }

  private static String leave(DropoutCase c) {
    return (c.leaveDate() == null ? "" : c.leaveDate() + "／") + (c.leaveType() == null ? "" : c.leaveType().label());
  }
}
