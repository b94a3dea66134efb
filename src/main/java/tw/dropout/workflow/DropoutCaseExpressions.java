package tw.dropout.workflow;

import java.util.Date;

import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseReviews;
import tw.dropout.casefile.TrackingReminders;

/**
 * Values the DropoutCase model computes from the case (as ${dropoutCase.…}): due dates, the 18th-birthday
 * timer and whether the case is a 休學 case. Read from the case each time, so the process needs no copy of
 * personal data such as the birth date.
 */
@Component("dropoutCase")
public class DropoutCaseExpressions {

  private final TrackingReminders reminders;
  private final CaseReviews reviews;

  DropoutCaseExpressions(TrackingReminders reminders, CaseReviews reviews) {
    this.reminders = reminders;
    this.reviews = reviews;
  }

  /** Task_AddTrackingRecord's due date: the configured days after the last record. */
  public Date trackingDue(Object caseId) {
    return Date.from(reminders.due(id(caseId)));
  }

  /** Event_StudentTurns18. */
  public Date eighteenthBirthday(Object caseId) {
    return Date.from(reviews.adulthoodBegins(id(caseId)));
  }

  /** Gateway_IsSuspension. */
  public boolean isSuspension(Object caseId) {
    return reviews.isSuspension(id(caseId));
  }

  private static long id(Object caseId) {
    return ((Number) caseId).longValue();
  }
}
