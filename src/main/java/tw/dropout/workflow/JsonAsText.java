package tw.dropout.workflow;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.spin.plugin.impl.JsonValueSerializer;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.camunda.spin.plugin.variable.value.SpinValue;
import org.springframework.stereotype.Component;

/**
 * JSON variables (every DropoutCase form is one, {@value tw.dropout.casefile.CaseProcess#FORM}) kept in the variable row's text
 * column when they fit, instead of a separate ACT_GE_BYTEARRAY row. Each form was a byte array written when its
 * task was created, read, deleted and written again when submitted, and deleted with the task: about a
 * twentieth of the statements of a case lifecycle. Same type ("json") and value for Tasklist, REST and Cockpit;
 * longer values and rows written before still use a byte array.
 */
@Component
class JsonAsText extends AbstractCamundaConfiguration {

  /** ACT_RU_VARIABLE.TEXT_ and ACT_HI_VARINST.TEXT_ are varchar(4000) on H2 and PostgreSQL. */
  static final int TEXT_LIMIT = 4000;

  /** After the build: the Spin plugin registers its JSON serializer in its postInit, in no set order with ours. */
  @Override
  public void postProcessEngineBuild(ProcessEngineImpl engine) {
    VariableSerializers serializers = engine.getProcessEngineConfiguration().getVariableSerializers();
    TypedValueSerializer<?> json = serializers.getSerializerByName(SpinValueType.JSON.getName());
    if (json instanceof JsonValueSerializer && !(json instanceof Serializer)) {
      int index = serializers.getSerializerIndex(json);
      serializers.removeSerializer(json);
      serializers.addSerializer(new Serializer(), index);
    }
  }

  static final class Serializer extends JsonValueSerializer {

    @Override
    protected void writeToValueFields(SpinValue value, ValueFields fields, byte[] serialized) {
      String text = serialized == null ? null : new String(serialized, StandardCharsets.UTF_8);
      if (text != null && text.length() <= TEXT_LIMIT) {
        fields.setByteArrayValue(null);
        fields.setTextValue(text);
      } else {
        fields.setTextValue(null);
        super.writeToValueFields(value, fields, serialized);
      }
    }

    @Override
    protected byte[] readSerializedValueFromFields(ValueFields fields) {
      String text = fields.getTextValue();
      return text != null ? text.getBytes(StandardCharsets.UTF_8) : super.readSerializedValueFromFields(fields);
    }
  }
}
