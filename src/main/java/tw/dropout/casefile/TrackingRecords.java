package tw.dropout.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import tw.dropout.casefile.TrackingRecordRepository.NewRecord;

/**
 * 追蹤紀錄 (the manual's 追蹤紀錄機制): records by the filer, counselors and main reporters, the system's
 * own notes, and deleting one's own unused record. The newest record decides whether the case awaits
 * closure: with 建議結案 = 是 it becomes the case's pending closure suggestion; without, any pending
 * suggestion is withdrawn. A suggestion the closing rules refuse is not saved at all.
 */
@Service
public class TrackingRecords {

  static final String SYSTEM_AUTHOR_NAME = "系統";

  private final CaseRepository cases;
  private final TrackingRecordRepository records;
  private final ClosingRules closingRules;
  private final Actors actors;
  private final RuntimeService runtimeService;
  private final Clock clock;

  TrackingRecords(CaseRepository cases, TrackingRecordRepository records, ClosingRules closingRules, Actors actors,
      RuntimeService runtimeService, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.closingRules = closingRules;
    this.actors = actors;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** A blank record (dated today) and the closing reasons this case may suggest today. */
  public Map<String, Object> recordForm(long caseId) {
    DropoutCase c = cases.get(caseId);
    LocalDate today = LocalDate.now(clock);
    List<Map<String, String>> options = new ArrayList<>();
    for (ClosingReason reason : closingRules.offered(c.leaveType(), c.studentAdultOn(today))) {
      options.add(Map.of("label", reason.label(), "value", reason.name()));
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("trackedOn", today.toString());
    form.put("contactMethod", null);
    form.put("contactTarget", null);
    form.put("situation", null);
    form.put("studentStatus", null);
    form.put("suggestClose", null);
    form.put("closingReason", null);
    form.put("closingNote", null);
    form.put("closingReasonOptions", options);
    return form;
  }

  @Transactional
  public DropoutCase add(long caseId, String username, Map<String, Object> submitted) {
    DropoutCase c = cases.get(caseId);
    Actor actor = actors.require(username);
    if (!actor.mayAddRecord(c)) {
      throw CaseTexts.refusal("record.notAllowed");
    }
    if (!c.isOpen() || c.caseDataSubmittedAt() == null) {
      throw CaseTexts.refusal("record.caseNotOpen");
    }
    LocalDate today = LocalDate.now(clock);
    FormInput in = new FormInput(submitted, today);
    LocalDate trackedOn = in.date("trackedOn", "追蹤日期", true);
    ContactMethod method = in.choice("contactMethod", "聯繫方式", ContactMethod.class, true);
    ContactTarget target = in.choice("contactTarget", "聯繫對象", ContactTarget.class, false);
    String situation = in.text("situation", "追蹤情形", 2000, true);
    StudentStatus status = in.choice("studentStatus", "學生目前狀況", StudentStatus.class, true);
    Boolean suggest = in.yesNo("suggestClose", "建議結案", true);
    ClosingReason reason = null;
    String note = null;
    if (Boolean.TRUE.equals(suggest)) {
      reason = in.choice("closingReason", "建議結案事由", ClosingReason.class, true);
      note = in.text("closingNote", "結案說明", 500, false);
      if (reason != null) {
        ClosingRules.Verdict verdict = closingRules.check(reason, c.leaveType(), c.studentAdultOn(today), note);
        if (!verdict.allowed()) {
          in.problem(verdict.explanation());
        }
      }
    }
    in.refuseIfProblems();
    NewRecord record = new NewRecord(trackedOn, method, target, situation, status, Boolean.TRUE.equals(suggest),
        reason, note);
    return save(c, record, actor.username(), actor.displayName());
  }

  /**
   * A note by the system itself (學籍異動, 成年), shown with 填寫人 「系統」. It suggests closure with the
   * given reason, which the main reporter then reviews.
   */
  @Transactional
  public DropoutCase addSystemNote(long caseId, String situation, StudentStatus status, ClosingReason reason,
      String closingNote) {
    NewRecord record = new NewRecord(LocalDate.now(clock), ContactMethod.OTHER, ContactTarget.OTHER, situation,
        status, reason != null, reason, closingNote);
    return save(cases.get(caseId), record, null, SYSTEM_AUTHOR_NAME);
  }

  /** 刪除 on the case page: only the author, only while no report or closure used the record. Audited. */
  @Transactional
  public DropoutCase delete(long caseId, long recordId, Actor actor) {
    DropoutCase c = cases.get(caseId);
    TrackingRecord record = records.find(recordId).filter(r -> r.caseId() == caseId)
        .orElseThrow(() -> CaseTexts.refusal("record.notFound"));
    if (!c.isOpen() || !record.deletableBy(actor.username())) {
      throw CaseTexts.refusal("record.notDeletable");
    }
    Instant now = clock.instant();
    records.markDeleted(recordId, actor.username(), now);
    cases.audit(caseId, actor.username(), "RECORD_DELETED",
        CaseTexts.get("audit.recordDeleted", record.trackedOn(), record.authorName(), excerpt(record.situation())), now);
    if (Long.valueOf(recordId).equals(c.closureRecordId())) {
      cases.setClosureRecord(caseId, null, now);
    }
    cases.setLastTrackedOn(caseId, records.latest(caseId).map(TrackingRecord::trackedOn).orElse(null), now);
    DropoutCase settled = cases.refreshState(caseId);
    // Tell the process: a withdrawn record may take back a pending 通報 or 結案 review.
    runtimeService.setVariables(settled.processInstanceId(), CaseProcess.flags(settled));
    return settled;
  }

  private DropoutCase save(DropoutCase c, NewRecord record, String author, String authorName) {
    Instant now = clock.instant();
    long id = records.insert(c.id(), record, author, authorName, now);
    return cases.recordAdded(c, id, record.suggestClose(), record.trackedOn(), now);
  }

  private static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
