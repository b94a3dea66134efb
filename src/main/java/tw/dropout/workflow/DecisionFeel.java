package tw.dropout.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The engine's FEEL for decision tables (processes/ClosingReasons.dmn in Task_CheckClosingRule), with the
 * answers of constant cells remembered. The FEEL engine parses every cell again and builds a fresh context
 * with all its built-in functions for each one; for the closing-rule check that was about a sixth of the
 * CPU a whole case lifecycle takes. A cell made of literals only ({@code "RETURNED"}, {@code true},
 * {@code "ABSENCE","SUSPENSION"}) answers the same for the same input value, and a literal output is a
 * constant, so FEEL evaluates each once and the answer is looked up afterwards. Everything else (names,
 * functions, ranges, comparisons) goes to FEEL every time, and decisions are recorded in history as before.
 */
@Component
class DecisionFeel extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(() -> new Remembering(new ScalaFeelEngineFactory().createInstance()));
    configuration.setDmnEngineConfiguration(dmn);
  }

  static final class Remembering implements FeelEngine {

    private static final String LITERAL = "(\"[^\"\\\\]*\"|true|false|-?[0-9]+(\\.[0-9]+)?)";
    /** One literal, or a comma-separated list of them (a unary test matching any). */
    static final Pattern LITERALS = Pattern.compile(LITERAL + "(\\s*,\\s*" + LITERAL + ")*");
    /** Bounds the memory when inputs take many values (free text): start again past this size. */
    private static final int LIMIT = 10_000;

    private final FeelEngine feel;
    private final Map<String, Object> constants = new ConcurrentHashMap<>();
    private final Map<List<Object>, Boolean> tests = new ConcurrentHashMap<>();

    Remembering(FeelEngine feel) {
      this.feel = feel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      String literal = expression == null ? "" : expression.strip();
      if (!LITERALS.matcher(literal).matches() || literal.contains(",")) {
        return feel.evaluateSimpleExpression(expression, variables);
      }
      Object known = constants.get(literal);
      if (known == null) {
        known = feel.evaluateSimpleExpression(expression, variables);
        if (known instanceof String || known instanceof Boolean || known instanceof Number) {
          remember(constants, literal, known);
        }
      }
      return (T) known;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      String literals = expression == null ? "" : expression.strip();
      TypedValue input = variables.resolve(inputVariable);
      Object value = input == null ? null : input.getValue();
      if (!LITERALS.matcher(literals).matches()
          || !(value == null || value instanceof String || value instanceof Boolean || value instanceof Number)) {
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
      List<Object> key = value == null ? List.of(literals) : List.of(literals, value.getClass().getName(), value);
      Boolean known = tests.get(key);
      if (known == null) {
        known = feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
        remember(tests, key, known);
      }
      return known;
    }

    private static <K, V> void remember(Map<K, V> map, K key, V value) {
      if (map.size() >= LIMIT) {
        map.clear();
      }
      map.put(key, value);
    }
  }
}
