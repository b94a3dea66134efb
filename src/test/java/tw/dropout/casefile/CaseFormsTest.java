package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The forms and the code agree: every task has its form, and every list in a form offers exactly our codes. */
class CaseFormsTest {

  private static final File FORMS = new File("processes/forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyUserTaskAndTheStartEventHaveAFormNamedAfterThem() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/DropoutCase.bpmn"));
    List<String> referenced = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).isEqualTo("Form_" + task.getId().substring("Task_".length()));
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      referenced.add(task.getCamundaFormRef());
    }
    StartEvent start = model.getModelElementById("StartEvent_FilingRequested");
    referenced.add(start.getCamundaFormRef());
    for (String formId : referenced) {
      JsonNode form = JSON.readTree(new File(FORMS, formId + ".form"));
      assertThat(form.get("id").asText()).isEqualTo(formId);
      assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(12);
    }
  }

  @Test
  void listsOfferExactlyTheCodesTheServerAccepts() throws Exception {
    assertOptions("Form_FillCaseData", "leaveType", labels(LeaveType.values()));
    assertOptions("Form_FillCaseData", "studentIdentity", labels(StudentIdentity.values()));
    for (FactorCategory category : FactorCategory.values()) {
      assertOptions("Form_FillCaseData", category.formKey(), labels(Arrays.stream(LeavingFactor.values())
          .filter(f -> f.category() == category).toArray(LeavingFactor[]::new)));
    }
    assertOptions("Form_AddTrackingRecord", "contactMethod", labels(ContactMethod.values()));
    assertOptions("Form_AddTrackingRecord", "contactTarget", labels(ContactTarget.values()));
    assertOptions("Form_AddTrackingRecord", "studentStatus", labels(StudentStatus.values()));
    assertOptions("Form_AddTrackingRecord", "suggestClose", Map.of("yes", "是", "no", "否"));
    assertOptions("Form_ReviewReport", "reportDecision", Map.of("CONFIRM", "確認通報", "RETURN", "退回補正"));
    assertOptions("Form_ReviewClosure", "closureDecision", Map.of("CONFIRM", "確認結案", "RETURN", "退回追蹤"));
  }

  private static Map<String, String> labels(Labelled[] values) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Labelled value : values) {
      labels.put(value.name(), value.label());
    }
    return labels;
  }

  private static void assertOptions(String formId, String key, Map<String, String> expected) throws Exception {
    JsonNode field = find(JSON.readTree(new File(FORMS, formId + ".form")).get("components"), key);
    assertThat(field).as(formId + " field " + key).isNotNull();
    Map<String, String> options = new LinkedHashMap<>();
    field.get("values").forEach(v -> options.put(v.get("value").asText(), v.get("label").asText()));
    assertThat(options).as(formId + " " + key).containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static JsonNode find(JsonNode components, String key) {
    for (JsonNode c : components) {
      if (c.has("key") && c.get("key").asText().equals(key)) {
        return c;
      }
      if (c.has("components")) {
        JsonNode inner = find(c.get("components"), key);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
