package tw.dropout.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names the DropoutCase process shares with Tasklist filters and the workflow listeners. The process
 * holds references and the flags it routes on; {@link #flags} derives those from the case row, so the
 * process never knows more than the database says.
 */
public final class CaseProcess {

  public static final String KEY = "DropoutCase";

  /** Every DropoutCase form is one task-local JSON variable of this name (the forms' group path). */
  public static final String FORM = "form";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String TASK_FILL_BASIC_DATA = "Task_FillBasicData";
  public static final String TASK_FILL_CASE_DATA = "Task_FillCaseData";
  public static final String TASK_ADD_TRACKING_RECORD = "Task_AddTrackingRecord";
  public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
  public static final String TASK_REVIEW_CLOSURE = "Task_ReviewClosure";

  // References (CONTRACTS.md: Tasklist filters and columns use them)
  public static final String CASE_ID = "caseId";
  public static final String SCHOOL_ID = "schoolId";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String STUDENT_NAME = "studentName";
  public static final String LEAVE_TYPE_LABEL = "leaveTypeLabel";
  /** Username of the person who filed; the data tasks are assigned to them. */
  public static final String FILER = "filer";

  // Start inputs: the start form's field, and the closed case a 休學 case continues (無故七日轉休學)
  public static final String NATIONAL_ID = "nationalId";
  public static final String CONTINUES_CASE_ID = "continuesCaseId";

  // Flags
  public static final String HAS_TRACKING_RECORD = "hasTrackingRecord";
  public static final String CLOSURE_SUGGESTED = "closureSuggested";
  /** Whether the case data just submitted corrects a case returned by 退回補正 (tracking is open already). */
  public static final String CASE_DATA_CORRECTED = "caseDataCorrected";
  public static final String REPORT_CONFIRMED = "reportConfirmed";
  public static final String CLOSURE_CONFIRMED = "closureConfirmed";
  /** Everything {@link #flags} sets: derived from the case row, so history does not keep them. */
  public static final Set<String> FLAGS = Set.of(LEAVE_TYPE_LABEL, HAS_TRACKING_RECORD, CLOSURE_SUGGESTED);
  /** The closing-rule decision's verdict on the pending suggestion (its "allowed" output). */
  public static final String CLOSING_RULE_HOLDS = "closingRuleHolds";

  /** A form's values as the {@value #FORM} variable holds them: what Tasklist shows, and what it submits. */
  public static JsonValue formValue(Map<String, ?> values) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The values in a {@value #FORM} variable (text, booleans, lists of codes); empty when absent or not JSON. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> formValues(Object variable) {
    if (variable == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(variable.toString(), Map.class);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  private CaseProcess() {
  }

  /** The references a new instance gets once its case exists. */
  public static Map<String, Object> references(DropoutCase c) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(CASE_ID, c.id());
    vars.put(SCHOOL_ID, c.schoolCode());
    vars.put(CASE_NUMBER, c.caseNumber());
    vars.put(STUDENT_NAME, c.studentName());
    vars.put(FILER, c.filedBy());
    vars.putAll(flags(c));
    return vars;
  }

  /** The flags the process routes on, as the case row says they are now. */
  public static Map<String, Object> flags(DropoutCase c) {
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put(LEAVE_TYPE_LABEL, c.leaveType() == null ? "（待填寫）" : c.leaveTypeLabel());
    flags.put(HAS_TRACKING_RECORD, c.lastTrackedOn() != null);
    flags.put(CLOSURE_SUGGESTED, c.closureRecordId() != null);
    return flags;
  }
}
