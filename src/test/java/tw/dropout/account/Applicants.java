package tw.dropout.account;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import tw.dropout.mail.EmbeddedMailServer;
import tw.dropout.mail.OutboxSender;

/** Test helpers: a valid application for a fresh account name, and the links in delivered mails. */
public final class Applicants {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

  private Applicants() {
  }

  public static String uniqueName(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** A teacher of school 1 (019901, 新北市) applying; fields valid. */
  public static RegistrationForm teacherOfSchool1(String username) {
    RegistrationForm f = new RegistrationForm();
    f.setCounty("新北市");
    f.setSchoolCode("019901");
    f.setRole("HOMEROOM_TEACHER");
    f.setName("周怡君");
    f.setTitle("導師");
    f.setEmail(username + "@school.example.org");
    f.setPhone("02-2345-6789#123");
    f.setUsername(username);
    f.setCaptcha("Kw7Hd");
    return f;
  }

  /** Delivers the outbox and returns the mails {@code address} has received so far. */
  public static List<MimeMessage> deliver(OutboxSender sender, EmbeddedMailServer smtp, String address) {
    while (sender.sendDue() > 0) {
      // until the outbox is drained
    }
    return smtp.receivedBy(address);
  }

  /** The plain-text body of a mail. */
  public static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof jakarta.mail.Multipart mp) {
        return findText(mp);
      }
      return content.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String findText(jakarta.mail.Multipart mp) throws Exception {
    for (int i = 0; i < mp.getCount(); i++) {
      var part = mp.getBodyPart(i);
      if (part.isMimeType("text/plain")) {
        return part.getContent().toString();
      }
      if (part.getContent() instanceof jakarta.mail.Multipart inner) {
        String found = findText(inner);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The first link in the mail's text that contains {@code fragment}. */
  public static String link(MimeMessage message, String fragment) {
    Matcher m = LINK.matcher(text(message));
    while (m.find()) {
      if (m.group().contains(fragment)) {
        return m.group();
      }
    }
    throw new AssertionError("no link with " + fragment + " in: " + text(message));
  }

  /** The token parameter of a set-password link. */
  public static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }
}
