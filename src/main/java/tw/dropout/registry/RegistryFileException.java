package tw.dropout.registry;

/** The uploaded file as a whole cannot be read (wrong type, not UTF-8, header missing …). zh-TW message. */
class RegistryFileException extends Exception {

  RegistryFileException(String message) {
    super(message);
  }

  RegistryFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
