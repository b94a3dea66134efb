package tw.dropout.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tw.dropout.support.IntegrationTest;

/** The demo mailbox lists what the embedded server received, links clickable and text escaped. */
@IntegrationTest
class DevMailboxTest {

  @Autowired MockMvc mvc;
  @Autowired MailOutbox outbox;
  @Autowired OutboxSender sender;

  @Test
  void receivedMailsAreListedWithClickableLinksAndEscapedText() throws Exception {
    String to = "mailbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    outbox.enqueue(to, "password-reset", Map.of("name", "<b>王小明</b>", "username", "wang",
        "link", "http://localhost:8080/password?token=abcDEF123", "expiresAt", "2026-01-01 10:30"));
    sender.sendDue();

    String page = mvc.perform(get("/dev/mailbox")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("示範信箱", to, "【高級中等學校中途離校學生通報系統】重設密碼通知",
        "<a href=\"http://localhost:8080/password?token=abcDEF123\">http://localhost:8080/password?token=abcDEF123</a>",
        "&lt;b&gt;王小明&lt;/b&gt;")
        .doesNotContain("<b>王小明</b>");
  }
}
