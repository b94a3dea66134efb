package tw.dropout.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one row of raw registry values (from a file or the HTTP registry) into a RegistryStudent, or
 * says in zh-TW everything that is wrong with it. Whether the school is one of ours is the importer's
 * question, not this one's: the HTTP registry may rightly name any school.
 */
final class StudentRowRules {

  /** Senior-high students are 15–18 as a rule; 進修部 (evening school) also takes adults. */
  static final int MIN_AGE = 12;
  static final int MAX_AGE = 99;

  private static final Pattern WESTERN_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
  /** 民國 dates as the ministry's systems print them: 97/03/15 or 097/3/15. */
  private static final Pattern ROC_DATE = Pattern.compile("^(\\d{2,3})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
  private static final Pattern SCHOOL_CODE = Pattern.compile("^\\d{6}$");
  private static final Pattern STUDENT_NO = Pattern.compile("^[A-Za-z0-9-]+$");
  private static final Pattern PHONE = Pattern.compile("^[0-9()+\\-# ]{7,20}$");

  private StudentRowRules() {
  }

  record Checked(RegistryStudent student, List<String> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  static Checked check(Map<RegistryColumn, String> raw, LocalDate today) {
    List<String> problems = new ArrayList<>();
    for (RegistryColumn column : RegistryColumn.values()) {
      String value = value(raw, column);
      if (value == null && column.required()) {
        problems.add(RegistryTexts.get("row.required", column.label()));
      } else if (value != null && value.length() > column.maxLength() && column != RegistryColumn.NATIONAL_ID) {
        problems.add(RegistryTexts.get("row.tooLong", column.label(), column.maxLength(), value.length()));
      }
    }
    String nationalId = NationalId.normalize(value(raw, RegistryColumn.NATIONAL_ID));
    if (!nationalId.isEmpty()) {
      NationalId.problem(nationalId).ifPresent(problems::add);
    }
    LocalDate birthDate = birthDate(value(raw, RegistryColumn.BIRTH_DATE), today, problems);
    String gender = value(raw, RegistryColumn.GENDER);
    if (gender != null && !gender.equals("男") && !gender.equals("女")) {
      problems.add(RegistryTexts.get("row.gender", gender));
    }
    String schoolCode = value(raw, RegistryColumn.SCHOOL_CODE);
    if (schoolCode != null && !SCHOOL_CODE.matcher(schoolCode).matches()) {
      problems.add(RegistryTexts.get("row.schoolCodeFormat", schoolCode));
    }
    String studentNo = value(raw, RegistryColumn.STUDENT_NO);
    if (studentNo != null && !STUDENT_NO.matcher(studentNo).matches()) {
      problems.add(RegistryTexts.get("row.studentNo", studentNo));
    }
    String phone = value(raw, RegistryColumn.GUARDIAN_PHONE);
    if (phone != null && !isPhone(phone)) {
      problems.add(RegistryTexts.get("row.phone", phone));
    }
    if (!problems.isEmpty()) {
      return new Checked(null, List.copyOf(problems));
    }
    return new Checked(new RegistryStudent(nationalId, value(raw, RegistryColumn.NAME), birthDate, gender, schoolCode,
        studentNo, value(raw, RegistryColumn.DEPARTMENT), value(raw, RegistryColumn.GRADE),
        value(raw, RegistryColumn.CLASS_NAME), value(raw, RegistryColumn.GUARDIAN_NAME),
        value(raw, RegistryColumn.GUARDIAN_RELATION), phone, value(raw, RegistryColumn.ADDRESS)), List.of());
  }

  /**
   * Taiwanese numbers start with 0 (or +886) and have 9–10 digits, plus an extension after #. The leading
   * 0 matters: Excel drops it from a number cell, and 912345678 is nobody's phone.
   */
  private static boolean isPhone(String phone) {
    if (!PHONE.matcher(phone).matches()) {
      return false;
    }
    String digits = phone.split("#")[0].replaceAll("\\D", "");
    if (phone.startsWith("+886")) {
      digits = "0" + digits.substring(3);
    }
    return digits.startsWith("0") && digits.length() >= 9 && digits.length() <= 10;
  }

  /** Trimmed value, null when absent or blank (a blank cell means "no value", not "a space"). */
  private static String value(Map<RegistryColumn, String> raw, RegistryColumn column) {
    String value = raw.get(column);
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  private static LocalDate birthDate(String text, LocalDate today, List<String> problems) {
    if (text == null) {
      return null;
    }
    LocalDate date = parseDate(text);
    if (date == null) {
      problems.add(RegistryTexts.get("row.dateFormat", text));
      return null;
    }
    if (date.isAfter(today)) {
      problems.add(RegistryTexts.get("row.dateFuture", text));
      return null;
    }
    int age = Period.between(date, today).getYears();
    if (age < MIN_AGE || age > MAX_AGE) {
      problems.add(RegistryTexts.get("row.dateAge", text, age, MIN_AGE, MAX_AGE));
      return null;
    }
    return date;
  }

  /** 2008-03-15, 2008/3/15 (西元) or 97/03/15, 097/3/15 (民國 = 西元 − 1911); null when it is none of them. */
  static LocalDate parseDate(String text) {
    Matcher western = WESTERN_DATE.matcher(text);
    Matcher roc = ROC_DATE.matcher(text);
    try {
      if (western.matches()) {
        return LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
            Integer.parseInt(western.group(3)));
      }
      if (roc.matches()) {
        return LocalDate.of(Integer.parseInt(roc.group(1)) + 1911, Integer.parseInt(roc.group(2)),
            Integer.parseInt(roc.group(3)));
      }
    } catch (DateTimeException e) {
      return null; // 2008-02-30 and the like
    }
    return null;
  }
}
