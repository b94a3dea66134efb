package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tw.dropout.casefile.ClosingReason;

/** Remembered FEEL answers are FEEL's own: the closing-rule table decides every input alike with and without. */
class DecisionFeelTest {

  @Test
  void closingReasonsDecideAlikeWithRememberedAnswers() throws Exception {
    DmnDecision plain = parse(false);
    DmnDecision remembering = parse(true);
    List<String> reasons = new ArrayList<>(Arrays.stream(ClosingReason.values()).map(Enum::name).toList());
    reasons.add("SOMETHING_ELSE");
    reasons.add(null);
    int compared = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass answers from memory
      for (String reason : reasons) {
        for (String leaveType : Arrays.asList("ABSENCE", "SUSPENSION", "TRANSFER", null)) {
          for (boolean adult : new boolean[] {false, true}) {
            for (boolean note : new boolean[] {false, true}) {
              var inputs = Variables.createVariables().putValue("closingReason", reason)
                  .putValue("leaveType", leaveType).putValue("studentAdult", adult).putValue("closingNoteGiven", note);
              assertThat(evaluate(remembering, inputs)).isEqualTo(evaluate(plain, inputs));
              compared++;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void onlyLiteralCellsAreRemembered() {
    var literals = DecisionFeel.Remembering.LITERALS;
    assertThat(literals.matcher("\"RETURNED\"").matches()).isTrue();
    assertThat(literals.matcher("\"ABSENCE\", \"SUSPENSION\"").matches()).isTrue();
    assertThat(literals.matcher("true").matches()).isTrue();
    assertThat(literals.matcher("< 10").matches()).isFalse();
    assertThat(literals.matcher("closingReason").matches()).isFalse();
    assertThat(literals.matcher("not(\"RETURNED\")").matches()).isFalse();
    assertThat(literals.matcher("[1..5]").matches()).isFalse();
  }

  private static final java.util.Map<DmnDecision, DmnEngine> ENGINES = new java.util.HashMap<>();

  private static DmnDecision parse(boolean remembering) throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (remembering) {
      configuration.setFeelEngineFactory(
          () -> new DecisionFeel.Remembering(new ScalaFeelEngineFactory().createInstance()));
    }
    DmnEngine engine = configuration.buildEngine();
    try (InputStream in = new ClassPathResource("processes/ClosingReasons.dmn").getInputStream()) {
      DmnDecision decision = engine.parseDecision("ClosingReasons", in);
      ENGINES.put(decision, engine);
      return decision;
    }
  }

  private static Object evaluate(DmnDecision decision, org.camunda.bpm.engine.variable.VariableMap inputs) {
    return ENGINES.get(decision).evaluateDecisionTable(decision, inputs).getResultList();
  }
}
