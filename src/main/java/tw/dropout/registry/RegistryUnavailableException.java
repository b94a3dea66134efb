package tw.dropout.registry;

/**
 * The registry could not give a trustworthy answer (timeout, connection refused, 5xx, malformed
 * answer). The message is zh-TW, written for the teacher who is filing, and can be shown as it is.
 */
public class RegistryUnavailableException extends RuntimeException {

  public RegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public RegistryUnavailableException(String message) {
    super(message);
  }
}
