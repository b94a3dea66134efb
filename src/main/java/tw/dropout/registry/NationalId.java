package tw.dropout.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Taiwanese identity numbers (SPEC §7): 國民身分證 (A123456789), the new resident certificate
 * (A800000014, since 2021) and the old resident certificate (AC01234567, valid until 2031). All three
 * share one checksum: the first letter becomes two digits, the old certificate's second letter one
 * digit, then weights 1,9,8,7,6,5,4,3,2,1,1 and the sum must end in 0.
 */
public final class NationalId {

  /** Position + 10 is the letter's value: A=10 … H=17, J=18 … Z=33, I=34, O=35 (historic order). */
  static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

  private static final Pattern CITIZEN = Pattern.compile("^[A-Z][12]\\d{8}$");
  private static final Pattern NEW_RESIDENT = Pattern.compile("^[A-Z][89]\\d{8}$");
  private static final Pattern OLD_RESIDENT = Pattern.compile("^[A-Z][A-D]\\d{8}$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int[] WEIGHTS = {1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1};

  private NationalId() {
  }

  /**
   * Upper case without spaces. NFKC first because Chinese input methods often type full-width
   * letters and digits (Ａ１２３…), which look right to the teacher but would never match.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String halfWidth = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(halfWidth).replaceAll("").toUpperCase(Locale.ROOT);
  }

  public static boolean isValid(String raw) {
    return problem(raw).isEmpty();
  }

  /** Why the value is not a valid identity number (zh-TW, for the person who typed it), or empty. */
  public static Optional<String> problem(String raw) {
    String id = normalize(raw);
    if (id.isEmpty()) {
      return Optional.of(RegistryTexts.get("nationalId.empty"));
    }
    if (id.length() != 10) {
      return Optional.of(RegistryTexts.get("nationalId.length", id.length()));
    }
    if (!matchesAFormat(id)) {
      return Optional.of(RegistryTexts.get("nationalId.format"));
    }
    if (checksum(id) % 10 != 0) {
      return Optional.of(RegistryTexts.get("nationalId.checksum"));
    }
    return Optional.empty();
  }

  /** "A123456789" → "A12****789": enough to tell students apart in a list, not enough to misuse. */
  public static String mask(String raw) {
    String id = normalize(raw);
    if (id.length() < 7) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 3) + "*".repeat(id.length() - 6) + id.substring(id.length() - 3);
  }

  private static boolean matchesAFormat(String id) {
    return CITIZEN.matcher(id).matches() || NEW_RESIDENT.matcher(id).matches() || OLD_RESIDENT.matcher(id).matches();
  }

  /** Weighted sum over the 11 digits; a valid ID gives a multiple of 10. Expects one of the three formats. */
  static int checksum(String id) {
    int letter = LETTERS.indexOf(id.charAt(0)) + 10;
    char second = id.charAt(1);
    // Old resident certificates: the second letter counts as the last digit of its own letter value (A→0 … D→3).
    int secondDigit = Character.isDigit(second) ? second - '0' : (LETTERS.indexOf(second) + 10) % 10;
    int[] digits = new int[11];
    digits[0] = letter / 10;
    digits[1] = letter % 10;
    digits[2] = secondDigit;
    for (int i = 2; i < 10; i++) {
      digits[i + 1] = id.charAt(i) - '0';
    }
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += digits[i] * WEIGHTS[i];
    }
    return sum;
  }
}
