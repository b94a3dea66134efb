package tw.dropout.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;

@IntegrationTest
class MailOutboxTest {

  @Autowired MailOutbox outbox;
  @Autowired OutboxSender sender;
  @Autowired EmbeddedMailServer smtp;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired MutableClock clock;

  @AfterEach
  void reset() {
    smtp.start();
    clock.reset();
  }

  private static String address() {
    return "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private static Map<String, Object> resetModel() {
    return Map.of("name", "測試者", "username", "tester", "link", "http://localhost:8080/password?token=abc",
        "expiresAt", "2026-01-01 10:30");
  }

  private String status(long id) {
    return jdbc.sql("select status from mail_outbox where id = ?").param(id).query(String.class).single();
  }

  @Test
  void aQueuedMailIsDeliveredOnceInZhTwWithTextAndHtml() throws Exception {
    String to = address();
    long id = outbox.enqueue(to, "password-reset", resetModel());
    assertThat(status(id)).isEqualTo("PENDING");

    assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    List<MimeMessage> got = smtp.receivedBy(to);
    assertThat(got).hasSize(1);
    assertThat(got.get(0).getSubject()).isEqualTo("【高級中等學校中途離校學生通報系統】重設密碼通知");
    assertThat(DevMailboxController.plainText(got.get(0)))
        .contains("測試者 您好", "http://localhost:8080/password?token=abc");
    assertThat(got.get(0).getContentType()).startsWith("multipart/mixed");
    assertThat(status(id)).isEqualTo("SENT");
    // Delivered bodies are not kept: they may hold set-password links.
    assertThat(jdbc.sql("select text_body || html_body from mail_outbox where id = ?").param(id).query(String.class)
        .single()).isEmpty();
  }

  @Test
  void aMailQueuedInARolledBackTransactionIsNeverSent() {
    String to = address();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      outbox.enqueue(to, "password-reset", resetModel());
      throw new IllegalStateException("the caller fails after queueing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(to).query(Long.class).single())
        .isZero();
  }

  @Test
  void whileTheServerIsDownMailWaitsWithGrowingDelaysAndGoesOutOnceItIsBack() {
    String to = address();
    smtp.stop();
    long id = outbox.enqueue(to, "password-reset", resetModel());

    sender.sendDue();
    assertThat(status(id)).isEqualTo("PENDING");
    assertThat(row(id).attempts).isEqualTo(1);
    assertThat(row(id).nextAttemptAt).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofMinutes(1)));
    assertThat(row(id).lastError).isNotBlank();

    sender.sendDue(); // not due yet: no attempt
    assertThat(row(id).attempts).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    sender.sendDue();
    assertThat(row(id).attempts).isEqualTo(2);
    assertThat(row(id).nextAttemptAt).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofMinutes(2)));

    smtp.start();
    clock.advance(Duration.ofMinutes(2));
    sender.sendDue();
    clock.advance(Duration.ofHours(2));
    sender.sendDue();

    assertThat(status(id)).isEqualTo("SENT");
    assertThat(row(id).attempts).isEqualTo(3);
    assertThat(smtp.receivedBy(to)).hasSize(1);
  }

  @Test
  void aClaimLeftByACrashedSenderLapsesAndTheMailIsSent() {
    String to = address();
    long id = outbox.enqueue(to, "password-reset", resetModel());
    jdbc.sql("update mail_outbox set status = 'SENDING', attempts = 1, claimed_until = ? where id = ?")
        .params(java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))), id).update();

    sender.sendDue();
    assertThat(smtp.receivedBy(to)).isEmpty();

    clock.advance(Duration.ofMinutes(11));
    sender.sendDue();
    assertThat(smtp.receivedBy(to)).hasSize(1);
    assertThat(status(id)).isEqualTo("SENT");
  }

  @Test
  void sendersRacingForTheSameMailsDeliverEachExactlyOnce() throws Exception {
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String to = address();
      recipients.add(to);
      outbox.enqueue(to, "password-reset", resetModel());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> racers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        racers.add(sender::sendDue);
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(racers)) {
        total += f.get();
      }
      assertThat(total).isGreaterThanOrEqualTo(recipients.size());
    } finally {
      pool.shutdown();
    }
    for (String to : recipients) {
      assertThat(smtp.receivedBy(to)).as(to).hasSize(1);
    }
  }

  @Test
  void retryDelaysDoubleUpToTheCap() {
    MailProperties p = new MailProperties("x@example.org", false, Duration.ofSeconds(10), 10, 30,
        Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(10), new MailProperties.Embedded(false, 0));
    assertThat(p.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(p.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(p.retryDelay(7)).isEqualTo(Duration.ofHours(1));
    assertThat(p.retryDelay(30)).isEqualTo(Duration.ofHours(1));
  }

  private record Row(int attempts, java.time.Instant nextAttemptAt, String lastError) {
  }

  private Row row(long id) {
    return jdbc.sql("select attempts, next_attempt_at, last_error from mail_outbox where id = ?").param(id)
        .query((rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3))).single();
  }
}
