package tw.dropout.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The closing conditions of processes/ClosingReasons.dmn, evaluated in memory: when a tracking record
 * suggests closure (to refuse an invalid suggestion before it is saved) and to offer only the reasons a
 * case may use. The case process evaluates the same table in its business-rule task, where the
 * decision is recorded in history; these checks are not decisions of record, so they leave none.
 */
@Component
public class ClosingRules {

  public static final String DECISION = "ClosingReasons";
  static final String RESOURCE = "processes/ClosingReasons.dmn";

  /** The table's outputs. */
  public record Verdict(boolean allowed, boolean opensSuspensionCase, String explanation) {
  }

  private static final java.util.Set<String> KNOWN_REASONS = Arrays.stream(ClosingReason.values()).map(Enum::name)
      .collect(java.util.stream.Collectors.toSet());

  private final DmnEngine dmnEngine;
  private final DmnDecision decision;
  /** The table is fixed for the life of the JVM and its inputs take few values: remember each verdict. */
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  ClosingRules() {
    // A DMN engine of its own: parsing through the process engine's needs an engine command context.
    this.dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      this.decision = dmnEngine.parseDecision(DECISION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Verdict check(String closingReason, LeaveType leaveType, boolean studentAdult, boolean closingNoteGiven) {
    if (!KNOWN_REASONS.contains(closingReason)) {
      return evaluate(closingReason, leaveType, studentAdult, closingNoteGiven);
    }
    String key = closingReason + "|" + leaveType + "|" + studentAdult + "|" + closingNoteGiven;
    return verdicts.computeIfAbsent(key, k -> evaluate(closingReason, leaveType, studentAdult, closingNoteGiven));
  }

  private Verdict evaluate(String closingReason, LeaveType leaveType, boolean studentAdult, boolean closingNoteGiven) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
            .putValue("closingReason", closingReason)
            .putValue("leaveType", leaveType == null ? null : leaveType.name())
            .putValue("studentAdult", studentAdult)
            .putValue("closingNoteGiven", closingNoteGiven))
        .getSingleResult();
    return new Verdict(result.getEntry("allowed"), result.getEntry("opensSuspensionCase"),
        result.getEntry("explanation"));
  }

  public Verdict check(ClosingReason reason, LeaveType leaveType, boolean studentAdult, String closingNote) {
    return check(reason == null ? null : reason.name(), leaveType, studentAdult,
        closingNote != null && !closingNote.isBlank());
  }

  /** The reasons a record may suggest for this case today, in the manual's order (a 結案說明 is asked for separately). */
  public List<ClosingReason> offered(LeaveType leaveType, boolean studentAdult) {
    return Arrays.stream(ClosingReason.values())
        .filter(reason -> check(reason.name(), leaveType, studentAdult, true).allowed())
        .toList();
  }
}
