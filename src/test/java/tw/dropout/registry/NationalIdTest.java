package tw.dropout.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdTest {

  /** Letter codes written out as the Ministry of the Interior lists them, independent of NationalId.LETTERS. */
  private static final Map<Character, Integer> LETTER_CODES = Map.ofEntries(
      Map.entry('A', 10), Map.entry('B', 11), Map.entry('C', 12), Map.entry('D', 13), Map.entry('E', 14),
      Map.entry('F', 15), Map.entry('G', 16), Map.entry('H', 17), Map.entry('I', 34), Map.entry('J', 18),
      Map.entry('K', 19), Map.entry('L', 20), Map.entry('M', 21), Map.entry('N', 22), Map.entry('O', 35),
      Map.entry('P', 23), Map.entry('Q', 24), Map.entry('R', 25), Map.entry('S', 26), Map.entry('T', 27),
      Map.entry('U', 28), Map.entry('V', 29), Map.entry('W', 32), Map.entry('X', 30), Map.entry('Y', 31),
      Map.entry('Z', 33));
  /** Weight of each of the 10 characters of an ID (the letter counts twice: 1 and 9). */
  private static final int[] CHARACTER_WEIGHTS = {-1, 8, 7, 6, 5, 4, 3, 2, 1, 1};

  // A fixed seed: a failure can be reproduced; the printed ID in the message says which one.
  private final Random random = new Random(20261204L);

  @ParameterizedTest(name = "{0} valid={1}")
  @CsvSource({
      "A123456789, true", "A123456788, false",
      "A800000014, true", "A800000015, false",
      "AC01234567, true", "AA00000009, true"})
  void specVectors(String id, boolean valid) {
    assertThat(NationalId.isValid(id)).isEqualTo(valid);
    assertThat(NationalId.problem(id).isEmpty()).isEqualTo(valid);
  }

  @Test
  void inputIsNormalisedBeforeChecking() {
    assertThat(NationalId.normalize("  a123456789 ")).isEqualTo("A123456789");
    assertThat(NationalId.normalize("Ａ１２３４５６７８９")).isEqualTo("A123456789");
    assertThat(NationalId.normalize("A123 456 789")).isEqualTo("A123456789");
    assertThat(NationalId.normalize(null)).isEmpty();
    assertThat(NationalId.isValid("ac01234567")).isTrue();
  }

  @Test
  void problemsAreExplainedInChinese() {
    assertThat(NationalId.problem(null)).hasValue("請輸入學生的身分證字號（或居留證號）。");
    assertThat(NationalId.problem("   ")).hasValue("請輸入學生的身分證字號（或居留證號）。");
    assertThat(NationalId.problem("A12345678")).get().asString().contains("應為 10 碼", "9 碼");
    assertThat(NationalId.problem("A323456789")).get().asString().startsWith("身分證字號格式不正確");
    assertThat(NationalId.problem("1123456789")).get().asString().startsWith("身分證字號格式不正確");
    assertThat(NationalId.problem("AE01234567")).get().asString().startsWith("身分證字號格式不正確");
    assertThat(NationalId.problem("A123456788")).get().asString().contains("檢查碼不符");
  }

  @Test
  void masksTheMiddle() {
    assertThat(NationalId.mask("A123456789")).isEqualTo("A12****789");
    assertThat(NationalId.mask(" ac01234567")).isEqualTo("AC0****567");
    assertThat(NationalId.mask("A12")).isEqualTo("***");
    assertThat(NationalId.mask(null)).isEmpty();
  }

  @Test
  void everyGeneratedIdOfEachFormatIsValid() {
    for (int i = 0; i < 3000; i++) {
      String id = generateValid(i % 3);
      assertThat(NationalId.isValid(id)).as(id).isTrue();
      assertThat(NationalId.isValid(" " + id.toLowerCase() + " ")).as(id).isTrue();
    }
  }

  /**
   * This checksum cannot see every single-digit typo: changing the digit of weight w by d goes unnoticed
   * exactly when w·d is a multiple of 10 (e.g. weight 6, 4 or 2 changed by 5). Everything else must be refused.
   */
  @Test
  void singleDigitChangesAreRefusedUnlessTheChecksumCannotSeeThem() {
    int refused = 0;
    for (int i = 0; i < 5000; i++) {
      String valid = generateValid(i % 3);
      int position = 2 + random.nextInt(8);
      int oldDigit = valid.charAt(position) - '0';
      int newDigit = (oldDigit + 1 + random.nextInt(9)) % 10;
      String changed = valid.substring(0, position) + newDigit + valid.substring(position + 1);
      boolean invisible = CHARACTER_WEIGHTS[position] * Math.abs(newDigit - oldDigit) % 10 == 0;
      assertThat(NationalId.isValid(changed)).as(valid + " → " + changed).isEqualTo(invisible);
      if (!invisible) {
        refused++;
        assertThat(NationalId.problem(changed)).as(changed).get().asString().contains("檢查碼不符");
      }
    }
    assertThat(refused).isGreaterThan(4000);
  }

  @Test
  void changedLettersAndSecondCharactersAgreeWithAnIndependentCheck() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < 5000; i++) {
      char[] id = generateValid(i % 3).toCharArray();
      int position = random.nextInt(2);
      id[position] = alphabet.charAt(random.nextInt(alphabet.length()));
      String changed = new String(id);
      assertThat(NationalId.isValid(changed)).as(changed).isEqualTo(independentlyValid(changed));
    }
  }

  @Test
  void wrongFormatsAreRefused() {
    String characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abc-_ *ＡＢ１２";
    for (int i = 0; i < 5000; i++) {
      int length = random.nextInt(14);
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < length; j++) {
        s.append(characters.charAt(random.nextInt(characters.length())));
      }
      String candidate = s.toString();
      assertThat(NationalId.isValid(candidate)).as(candidate).isEqualTo(independentlyValid(candidate));
    }
    for (String wrong : new String[] {"A12345678", "A1234567890", "A323456789", "A023456789", "AE12345678",
        "AZ12345678", "1A23456789", "A12345678X", "A-12345678", "A１２３４５６７８Ｘ"}) {
      assertThat(NationalId.isValid(wrong)).as(wrong).isFalse();
      assertThat(NationalId.problem(wrong)).as(wrong).get().asString().doesNotContain("檢查碼");
    }
  }

  /** Builds a valid ID: 0 = 國民身分證, 1 = new resident certificate, 2 = old resident certificate. */
  private String generateValid(int kind) {
    char letter = (char) ('A' + random.nextInt(26));
    char second = switch (kind) {
      case 0 -> (char) ('1' + random.nextInt(2));
      case 1 -> (char) ('8' + random.nextInt(2));
      default -> (char) ('A' + random.nextInt(4));
    };
    StringBuilder id = new StringBuilder().append(letter).append(second);
    for (int i = 0; i < 7; i++) {
      id.append(random.nextInt(10));
    }
    int partial = weightedSum(id + "0");
    id.append((10 - partial % 10) % 10);
    return id.toString();
  }

  private static boolean independentlyValid(String raw) {
    String id = raw.strip().toUpperCase();
    id = id.replace('Ａ', 'A').replace('Ｂ', 'B').replace('１', '1').replace('２', '2').replace(" ", "");
    if (!id.matches("[A-Z]([1289]\\d|[A-D]\\d)\\d{7}")) {
      return false;
    }
    return weightedSum(id) % 10 == 0;
  }

  private static int weightedSum(String id) {
    int code = LETTER_CODES.get(id.charAt(0));
    char second = id.charAt(1);
    int secondDigit = Character.isLetter(second) ? LETTER_CODES.get(second) % 10 : second - '0';
    int sum = code / 10 + 9 * (code % 10) + 8 * secondDigit;
    for (int i = 2; i < 10; i++) {
      sum += CHARACTER_WEIGHTS[i] * (id.charAt(i) - '0');
    }
    return sum;
  }
}
