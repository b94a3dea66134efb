package tw.dropout.mail;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.dropout.DropoutApplication;

/**
 * Demo mailbox: what the embedded SMTP server received, newest first, with the links clickable, so a
 * newcomer can follow activation and reset mails without a real mail account. Exists only while the
 * embedded server is on (never in production, see {@link MailConfig}).
 */
@Controller
@ConditionalOnProperty(name = "dropout.mail.embedded.enabled", havingValue = "true")
class DevMailboxController {

  static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(DropoutApplication.TIME_ZONE));

  record Segment(String text, boolean link) {
  }

  record Entry(String to, String subject, String sentAt, List<List<Segment>> lines) {
  }

  private final EmbeddedMailServer server;

  DevMailboxController(EmbeddedMailServer server) {
    this.server = server;
  }

  @GetMapping("/dev/mailbox")
  String mailbox(Model model) throws MessagingException, IOException {
    List<Entry> entries = new ArrayList<>();
    for (MimeMessage m : server.received()) {
      String to = m.getAllRecipients() == null ? "" : String.join(", ",
          java.util.Arrays.stream(m.getAllRecipients()).map(Object::toString).toList());
      String sentAt = m.getSentDate() == null ? "" : TIME.format(m.getSentDate().toInstant());
      String text = plainText(m);
      entries.add(new Entry(to, m.getSubject(), sentAt, lines(text == null ? "" : text)));
    }
    model.addAttribute("mails", entries);
    return "dev/mailbox";
  }

  /** The text split into lines, each into plain and link segments, so the page can escape the text and link the URLs. */
  static List<List<Segment>> lines(String text) {
    List<List<Segment>> lines = new ArrayList<>();
    for (String line : text.split("\\r?\\n", -1)) {
      List<Segment> segments = new ArrayList<>();
      Matcher m = LINK.matcher(line);
      int at = 0;
      while (m.find()) {
        segments.add(new Segment(line.substring(at, m.start()), false));
        segments.add(new Segment(m.group(), true));
        at = m.end();
      }
      segments.add(new Segment(line.substring(at), false));
      lines.add(segments);
    }
    return lines;
  }

  static String plainText(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
