package tw.dropout;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DropoutApplication {

  /** Timers, emails and every date a user sees are in Taiwan time, whatever the host says. */
  public static final String TIME_ZONE = "Asia/Taipei";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
    SpringApplication.run(DropoutApplication.class, args);
  }
}
