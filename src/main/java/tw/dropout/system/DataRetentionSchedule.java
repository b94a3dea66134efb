package tw.dropout.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link DataRetention} every night (off in tests, which call it themselves). */
@Component
@ConditionalOnProperty(name = "dropout.retention.enabled", havingValue = "true", matchIfMissing = true)
class DataRetentionSchedule {

  private final DataRetention retention;

  DataRetentionSchedule(DataRetention retention) {
    this.retention = retention;
  }

  @Scheduled(cron = "${dropout.retention.cron:0 30 3 * * *}", zone = "Asia/Taipei")
  void purge() {
    retention.purge();
  }
}
