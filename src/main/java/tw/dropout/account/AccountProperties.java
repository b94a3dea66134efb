package tw.dropout.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code dropout.account.*}. */
@ConfigurationProperties(prefix = "dropout.account")
public record AccountProperties(
    /** How long an activation link works (also when the registration process offers a resend). */
    Duration activationValidity,
    /** How long a password reset link works. */
    Duration resetValidity,
    /** Remind the school's main reporters when an application waits this long, and again after each interval. */
    Duration reviewReminderInterval,
    /** Forgot-password requests allowed per account name and per client address within {@link #resetLimitWindow}. */
    int resetLimit,
    Duration resetLimitWindow) {
}
