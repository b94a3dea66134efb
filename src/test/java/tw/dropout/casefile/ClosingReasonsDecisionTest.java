package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of processes/ClosingReasons.dmn (SPEC §5): inputs that should hit the row, the row
 * that did match, and its verdict. Another test checks that every row of the table is listed here.
 */
class ClosingReasonsDecisionTest {

  record Row(String ruleId, String reason, String leaveType, boolean adult, boolean noteGiven, boolean allowed,
      boolean opensCase) {
  }

  static final List<Row> ROWS = List.of(
      new Row("Rule_Returned", "RETURNED", "ABSENCE", false, false, true, false),
      new Row("Rule_OtherSeniorHigh", "OTHER_SENIOR_HIGH", "TRANSFER", false, true, true, false),
      new Row("Rule_OtherSeniorHighWithoutSchool", "OTHER_SENIOR_HIGH", "SUSPENSION", false, false, false, false),
      new Row("Rule_HigherOrExperimental", "HIGHER_OR_EXPERIMENTAL", "SUSPENSION", true, true, true, false),
      new Row("Rule_HigherOrExperimentalWithoutSchool", "HIGHER_OR_EXPERIMENTAL", "ABSENCE", false, false, false, false),
      new Row("Rule_GaveUpEnrolment", "GAVE_UP_ENROLMENT", "TRANSFER", false, false, true, false),
      new Row("Rule_EnrolmentRevoked", "ENROLMENT_REVOKED", "ABSENCE", false, false, true, false),
      new Row("Rule_Deceased", "DECEASED", "SUSPENSION", false, false, true, false),
      new Row("Rule_Abroad", "ABROAD", "TRANSFER", true, false, true, false),
      new Row("Rule_CourtCustody", "COURT_CUSTODY", "ABSENCE", false, false, true, false),
      new Row("Rule_AbsenceToSuspension", "ABSENCE_TO_SUSPENSION", "ABSENCE", false, false, true, true),
      new Row("Rule_AbsenceToSuspensionOtherType", "ABSENCE_TO_SUSPENSION", "SUSPENSION", false, false, false, false),
      new Row("Rule_Adulthood", "ADULTHOOD", "SUSPENSION", true, false, true, false),
      new Row("Rule_AdulthoodNotYet", "ADULTHOOD", "SUSPENSION", false, false, false, false),
      new Row("Rule_AdulthoodOtherType", "ADULTHOOD", "ABSENCE", true, false, false, false),
      new Row("Rule_Unknown", "SOMETHING_ELSE", "TRANSFER", false, false, false, false));

  private static final List<String> matched = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(
        (DmnDecisionTableEvaluationEvent event) -> event.getMatchingRules().forEach(r -> matched.add(r.getId()))));
    engine = configuration.buildEngine();
    try (InputStream in = table()) {
      decision = engine.parseDecision(ClosingRules.DECISION, in);
    }
  }

  static List<Row> rows() {
    return ROWS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) {
    matched.clear();
    DmnDecisionResultEntries result = engine.evaluateDecision(decision, Variables.createVariables()
            .putValue("closingReason", row.reason()).putValue("leaveType", row.leaveType())
            .putValue("studentAdult", row.adult()).putValue("closingNoteGiven", row.noteGiven()))
        .getSingleResult();
    assertThat(matched).first().isEqualTo(row.ruleId());
    assertThat((Boolean) result.getEntry("allowed")).isEqualTo(row.allowed());
    assertThat((Boolean) result.getEntry("opensSuspensionCase")).isEqualTo(row.opensCase());
    assertThat((String) result.getEntry("explanation")).isNotBlank();
  }

  @Test
  void everyRowOfTheTableIsTestedHere() throws Exception {
    try (InputStream in = table()) {
      List<String> rules = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).stream()
          .map(Rule::getId).toList();
      assertThat(ROWS).extracting(Row::ruleId).containsExactlyElementsOf(rules);
    }
  }

  /** The SPEC §5 table: every listed reason for every 離校種類, 無故七日轉休學 for 無故 only, 已成年 for 休學 from 18. */
  @Test
  void offeredReasonsFollowTheSpecTable() {
    ClosingRules rules = new ClosingRules();
    List<ClosingReason> common = List.of(ClosingReason.RETURNED, ClosingReason.OTHER_SENIOR_HIGH,
        ClosingReason.HIGHER_OR_EXPERIMENTAL, ClosingReason.GAVE_UP_ENROLMENT, ClosingReason.ENROLMENT_REVOKED,
        ClosingReason.DECEASED, ClosingReason.ABROAD, ClosingReason.COURT_CUSTODY);
    List<ClosingReason> absence = new ArrayList<>(common);
    absence.add(ClosingReason.ABSENCE_TO_SUSPENSION);
    List<ClosingReason> adultSuspension = new ArrayList<>(common);
    adultSuspension.add(ClosingReason.ADULTHOOD);

    assertThat(rules.offered(LeaveType.ABSENCE, false)).containsExactlyElementsOf(absence);
    assertThat(rules.offered(LeaveType.ABSENCE, true)).containsExactlyElementsOf(absence);
    assertThat(rules.offered(LeaveType.SUSPENSION, false)).containsExactlyElementsOf(common);
    assertThat(rules.offered(LeaveType.SUSPENSION, true)).containsExactlyElementsOf(adultSuspension);
    assertThat(rules.offered(LeaveType.TRANSFER, true)).containsExactlyElementsOf(common);
  }

  private static InputStream table() {
    return ClosingReasonsDecisionTest.class.getResourceAsStream("/" + ClosingRules.RESOURCE);
  }
}
