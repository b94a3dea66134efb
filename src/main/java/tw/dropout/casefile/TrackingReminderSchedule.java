package tw.dropout.casefile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the tracking-reminder scan every morning (off in tests, which call the scan themselves). */
@Component
@ConditionalOnProperty(name = "dropout.casefile.reminder-scan.enabled", havingValue = "true", matchIfMissing = true)
class TrackingReminderSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(TrackingReminderSchedule.class);

  private final TrackingReminders reminders;

  TrackingReminderSchedule(TrackingReminders reminders) {
    this.reminders = reminders;
  }

  @Scheduled(cron = "${dropout.casefile.reminder-scan.cron:0 0 7 * * *}", zone = "Asia/Taipei")
  void scan() {
    int reminded = reminders.remindOverdue();
    if (reminded > 0) {
      LOG.info("Tracking reminders sent for {} case(s)", reminded);
    }
  }
}
