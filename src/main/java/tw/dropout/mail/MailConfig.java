package tw.dropout.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With {@code dropout.mail.embedded.enabled=true} (the demo run and tests) mail goes to an SMTP server
 * inside the application; otherwise Spring Boot builds the sender from {@code spring.mail.*}.
 */
@Configuration
class MailConfig {

  MailConfig(Environment environment, MailProperties properties) {
    if (environment.acceptsProfiles(Profiles.of("prod")) && properties.embedded().enabled()) {
      throw new IllegalStateException(
          "dropout.mail.embedded.enabled=true is a demo setting and not allowed with the prod profile: configure spring.mail.*");
    }
    if (!properties.embedded().enabled() && !environment.containsProperty("spring.mail.host")) {
      throw new IllegalStateException("No SMTP server configured: set spring.mail.host (and spring.mail.port, "
          + "spring.mail.username, spring.mail.password, TLS properties) or dropout.mail.embedded.enabled=true for a demo.");
    }
  }

  @Configuration
  @ConditionalOnProperty(name = "dropout.mail.embedded.enabled", havingValue = "true")
  static class Embedded {

    @Bean
    EmbeddedMailServer embeddedMailServer(MailProperties properties) {
      return new EmbeddedMailServer(properties.embedded().port());
    }

    @Bean
    JavaMailSender javaMailSender(EmbeddedMailServer server) {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost(EmbeddedMailServer.HOST);
      sender.setPort(server.port());
      sender.setDefaultEncoding("UTF-8");
      sender.setJavaMailProperties(server.javaMailProperties());
      return sender;
    }
  }
}
