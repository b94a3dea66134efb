package tw.dropout.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.dropout.DropoutApplication;

/**
 * Reads one form submission the way a careful clerk would: every rule is checked, every problem is
 * collected, and {@link #refuseIfProblems()} refuses the whole submission with one zh-TW message
 * listing them all. The browser checks nothing we rely on (form-js validation can be bypassed and
 * speaks English), so this is the only validation that counts.
 */
final class FormInput {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;
  private final LocalDate today;
  private final List<String> problems = new ArrayList<>();

  FormInput(Map<String, Object> values, LocalDate today) {
    this.values = new java.util.HashMap<>();
    // Typed values (a Json checklist built in Java, say) count by their plain value.
    values.forEach((key, value) -> this.values.put(key, value instanceof TypedValue typed ? typed.getValue() : value));
    this.today = today;
  }

  /** Trimmed text, line ends normalised, control characters dropped; null when empty. Stored as typed, escaped on output. */
  String text(String key, String label, int maxLength, boolean required) {
    Object raw = values.get(key);
    String text = raw == null ? "" : CONTROL.matcher(raw.toString().replace("\r\n", "\n")).replaceAll("").strip();
    if (text.isEmpty()) {
      if (required) {
        problems.add(CaseTexts.get("form.required", label));
      }
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      problems.add(CaseTexts.get("form.tooLong", label, maxLength, length));
    }
    return text;
  }

  /** A calendar date (form-js sends yyyy-MM-dd), never in the future. */
  LocalDate date(String key, String label, boolean required) {
    Object raw = values.get(key);
    LocalDate date = null;
    if (raw instanceof Date d) {
      date = d.toInstant().atZone(ZoneId.of(DropoutApplication.TIME_ZONE)).toLocalDate();
    } else if (raw != null && !raw.toString().isBlank()) {
      String s = raw.toString().strip();
      try {
        date = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e) {
        problems.add(CaseTexts.get("form.badDate", label));
        return null;
      }
    }
    if (date == null) {
      if (required) {
        problems.add(CaseTexts.get("form.required", label));
      }
      return null;
    }
    if (date.isAfter(today)) {
      problems.add(CaseTexts.get("form.futureDate", label));
    }
    return date;
  }

  /** One entry of a code list, submitted by its code. */
  <E extends Enum<E> & Labelled> E choice(String key, String label, Class<E> type, boolean required) {
    Object raw = values.get(key);
    if (raw == null || raw.toString().isBlank()) {
      if (required) {
        problems.add(CaseTexts.get("form.required", label));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, raw.toString().strip());
    } catch (IllegalArgumentException e) {
      problems.add(CaseTexts.get("form.badChoice", label));
      return null;
    }
  }

  /** A yes/no radio or a checkbox. */
  Boolean yesNo(String key, String label, boolean required) {
    Object raw = values.get(key);
    String s = raw == null ? "" : raw.toString().strip();
    switch (s) {
      case "yes", "true" -> {
        return true;
      }
      case "no", "false" -> {
        return false;
      }
      case "" -> {
        if (required) {
          problems.add(CaseTexts.get("form.required", label));
        }
        return null;
      }
      default -> {
        problems.add(CaseTexts.get("form.badChoice", label));
        return null;
      }
    }
  }

  /** The ticked values of a checklist: Tasklist submits them as JSON, which the engine hands over through Spin. */
  List<String> codes(String key, String label) {
    Object raw = values.get(key);
    List<String> codes = new ArrayList<>();
    if (raw instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(e -> codes.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (raw instanceof List<?> list) {
      list.forEach(e -> codes.add(String.valueOf(e)));
    } else if (raw instanceof String s && !s.isBlank()) {
      try {
        for (Object e : JSON.readValue(s, List.class)) {
          codes.add(String.valueOf(e));
        }
      } catch (JsonProcessingException | ClassCastException e) {
        problems.add(CaseTexts.get("form.badChoice", label));
      }
    } else if (raw != null && !(raw instanceof String)) {
      problems.add(CaseTexts.get("form.badChoice", label));
    }
    return codes;
  }

  void problem(String message) {
    problems.add(message);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  void refuseIfProblems() {
    if (!problems.isEmpty()) {
      throw CaseTexts.refusal("form.problems", String.join("；", problems));
    }
  }
}
