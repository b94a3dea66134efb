package tw.dropout.registry;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Random;

/** Fresh valid identity numbers and CSV rows for tests that must not collide with other tests' data. */
final class TestStudents {

  private static final Random RANDOM = new SecureRandom();

  private TestStudents() {
  }

  /** A random valid 國民身分證 number starting with Z (金門/連江 are not used by the demo data). */
  static String newNationalId() {
    String body = "Z" + (1 + RANDOM.nextInt(2)) + String.format("%07d", RANDOM.nextInt(10_000_000));
    for (int d = 0; d < 10; d++) {
      if (NationalId.isValid(body + d)) {
        return body + d;
      }
    }
    throw new AssertionError("no check digit for " + body);
  }

  static String row(String nationalId, String name, String schoolCode) {
    return nationalId + "," + name + ",2009-05-01,女," + schoolCode
        + ",1130001,普通科,3,301,王美玲,母,0912-345-678,新北市板橋區文化路一段1號";
  }

  static byte[] csv(String... rows) {
    return (RegistryColumn.headerLine() + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
