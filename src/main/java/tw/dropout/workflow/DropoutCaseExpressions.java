package tw.dropout.workflow;

import java.util.Date;

import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseReviews;
import tw.dropout.casefile.TrackingReminders;

/**
 * Values the DropoutCase model computes from the case (as ${dropoutCase.…}): due dates, the 18th-birthday timer and the
 * closing-rule inputs. Read from the case each time, so the process needs no copy of personal data
 * such as the birth date.
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

  public String suggestedClosingReason(Object caseId) {
    return reviews.suggestedClosingReason(id(caseId));
  }

  public boolean closingNoteGiven(Object caseId) {
    return reviews.closingNoteGiven(id(caseId));
  }

  public boolean studentAdult(Object caseId) {
    return reviews.studentAdult(id(caseId));
  }

  private static long id(Object caseId) {
    return ((Number) caseId).longValue();
  }
}
