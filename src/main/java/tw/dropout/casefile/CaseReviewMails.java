package tw.dropout.casefile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import tw.dropout.mail.MailOutbox;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.workflow.TaskLinks;

/**
 * Tells a school's main reporters that a case waits for them (通報 or 結案), with a link that opens the
 * task in Tasklist after login. Sent when the task is created, in the same transaction through the
 * outbox: a rolled-back step sends nothing.
 */
@Service
public class CaseReviewMails {

  static final String TEMPLATE = "case-review";
  private static final int SITUATION_PREVIEW = 200;

  private final CaseRepository cases;
  private final TrackingRecordRepository records;
  private final StaffRepository staff;
  private final MailOutbox outbox;
  private final TaskLinks taskLinks;

  CaseReviewMails(CaseRepository cases, TrackingRecordRepository records, StaffRepository staff,
      MailOutbox outbox, TaskLinks taskLinks) {
    this.cases = cases;
    this.records = records;
    this.staff = staff;
    this.outbox = outbox;
    this.taskLinks = taskLinks;
  }

  /** Task_ReviewReport was created: the filer's data and first record wait for 通報. */
  public void reportAwaiting(long caseId, String taskId) {
    DropoutCase c = cases.get(caseId);
    send(c, taskId, "通報", CaseTexts.get("mail.review.report", c.filedByName()), null);
  }

  /** Task_ReviewClosure was created: a record suggests closing (or the system does, e.g. at 18 or on transfer). */
  public void closureAwaiting(long caseId, String taskId) {
    DropoutCase c = cases.get(caseId);
    TrackingRecord record = c.closureRecordId() == null ? null : records.find(c.closureRecordId()).orElse(null);
    String reason = record == null || record.closingReason() == null ? "" : record.closingReason().label();
    String situation = record == null ? null : preview(record.situation());
    send(c, taskId, "結案", CaseTexts.get("mail.review.closure", reason), situation);
  }

  private void send(DropoutCase c, String taskId, String action, String why, String situation) {
    String link = taskLinks.taskUrl(taskId);
    for (StaffProfile to : staff.findActiveBySchoolAndRole(c.schoolCode(), StaffRole.MAIN_REPORTER)) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("recipientName", to.displayName());
      model.put("action", action);
      model.put("caseNumber", c.caseNumber());
      model.put("studentName", CaseViews.maskName(c.studentName()));
      model.put("leaveType", c.leaveType() == null ? "" : c.leaveType().label());
      model.put("why", why);
      model.put("situation", situation);
      model.put("link", link);
      outbox.enqueue(to.email(), TEMPLATE, model);
    }
  }

  private static String preview(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip();
    return flat.codePointCount(0, flat.length()) <= SITUATION_PREVIEW ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, SITUATION_PREVIEW)) + "…";
  }
}
