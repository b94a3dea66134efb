package tw.dropout.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Stores Camunda user passwords as bcrypt instead of the engine's salted SHA-512.
 *
 * <p>The engine prepends its own salt to the password before calling us, and bcrypt reads only the
 * first 72 bytes. The salted password is therefore reduced to a fixed-length SHA-256 digest first,
 * so every character of a long password still counts.
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

  static final String ALGORITHM = "BCRYPT";

  private final BCryptPasswordEncoder bcrypt;

  BcryptPasswordEncryptor(int strength) {
    this.bcrypt = new BCryptPasswordEncoder(strength);
  }

  @Override
  public String encrypt(String password) {
    return bcrypt.encode(digest(password));
  }

  @Override
  public boolean check(String password, String encrypted) {
    return bcrypt.matches(digest(password), encrypted);
  }

  @Override
  public String hashAlgorithmName() {
    return ALGORITHM;
  }

  private static String digest(String password) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
