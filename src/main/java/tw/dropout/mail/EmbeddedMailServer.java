package tw.dropout.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A GreenMail SMTP server on 127.0.0.1 inside the application (demo run and tests only): it accepts
 * every mail and keeps it in memory for the demo mailbox page. Never on in production.
 */
public class EmbeddedMailServer implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);
  static final String HOST = "127.0.0.1";

  private final GreenMail greenMail;
  private final int port;

  EmbeddedMailServer(int configuredPort) {
    this.port = configuredPort > 0 ? configuredPort : freePort();
    this.greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    LOG.info("Embedded SMTP server (demo) listening on {}:{}", HOST, port);
  }

  public int port() {
    return port;
  }

  /** Everything received since start, newest first. */
  public List<MimeMessage> received() {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    List<MimeMessage> list = Arrays.asList(messages);
    java.util.Collections.reverse(list);
    return list;
  }

  /** The received mails addressed to {@code address}, oldest first. */
  public List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
          } catch (jakarta.mail.MessagingException e) {
            return false;
          }
        })
        .toList();
  }

  /** Takes the server down (to test an SMTP outage) ... */
  public void stop() {
    greenMail.stop();
  }

  /** ... and up again on the same port; mails received earlier are kept. */
  public void start() {
    if (!greenMail.isRunning()) {
      greenMail.start();
    }
  }

  public boolean isRunning() {
    return greenMail.isRunning();
  }

  Properties javaMailProperties() {
    Properties p = new Properties();
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "5000");
    return p;
  }

  @Override
  public void destroy() {
    greenMail.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port for the embedded SMTP server", e);
    }
  }

}
