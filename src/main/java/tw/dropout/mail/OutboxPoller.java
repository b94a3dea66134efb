package tw.dropout.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sender in the background. Off in the test profile: tests call {@link OutboxSender#sendDue()}. */
@Component
@ConditionalOnProperty(name = "dropout.mail.scheduled", havingValue = "true")
class OutboxPoller {

  private final OutboxSender sender;

  OutboxPoller(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(fixedDelayString = "${dropout.mail.poll-interval}", initialDelayString = "${dropout.mail.poll-interval}")
  void poll() {
    int sent;
    do {
      sent = sender.sendDue();
    } while (sent > 0);
  }
}
