package tw.dropout.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.dropout.DropoutApplication;

/** One clock for every time rule (captcha expiry, lockout, token expiry) so tests can move it. */
@Configuration
class ClockConfig {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of(DropoutApplication.TIME_ZONE));
  }
}
