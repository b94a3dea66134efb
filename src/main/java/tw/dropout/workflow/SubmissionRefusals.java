package tw.dropout.workflow;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tw.dropout.system.SubmissionRefusedException;

/**
 * Gets a refused submission's zh-TW sentence (a {@link SubmissionRefusedException} from a task listener) to the person in Tasklist, unadorned. The engine wraps
 * whatever a task listener throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener…") and the REST layer prefixes it again ("Cannot submit task form …: "), which Tasklist
 * would show verbatim. Two interceptors undo that: inside the command the refusal is unwrapped (so the
 * engine logs it as a user's mistake, at debug), and at the outermost call from a REST request it
 * becomes a 400 whose message is exactly our sentence.
 */
@Component
class SubmissionRefusals extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    List<CommandInterceptor> pre = new ArrayList<>(nullToEmpty(configuration.getCustomPreCommandInterceptorsTxRequired()));
    pre.add(new AnswerRestClients());
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    List<CommandInterceptor> post = new ArrayList<>(nullToEmpty(configuration.getCustomPostCommandInterceptorsTxRequired()));
    post.add(new UnwrapRefusal());
    configuration.setCustomPostCommandInterceptorsTxRequired(post);
  }

  private static List<CommandInterceptor> nullToEmpty(List<CommandInterceptor> list) {
    return list == null ? List.of() : list;
  }

  static SubmissionRefusedException refusalIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SubmissionRefusedException refusal) {
        return refusal;
      }
    }
    return null;
  }

  /** Runs inside the command context: rethrows our refusal in place of the engine's wrapping. */
  static class UnwrapRefusal extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        SubmissionRefusedException refusal = refusalIn(e);
        throw refusal != null ? refusal : e;
      }
    }
  }

  /** Runs outside everything: for the outermost command of a REST call, answers 400 with our sentence. */
  static class AnswerRestClients extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      boolean outermost = Context.getCommandContext() == null;
      try {
        return next.execute(command);
      } catch (SubmissionRefusedException refusal) {
        if (outermost && calledThroughRest()) {
          throw new BadRequestException(refusal.getMessage(), Response.status(Response.Status.BAD_REQUEST)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(new RefusalBody(refusal.getMessage()))
              .build());
        }
        throw refusal;
      }
    }

    private static boolean calledThroughRest() {
      if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
        return false;
      }
      HttpServletRequest request = attributes.getRequest();
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }
  }

  /** Shaped like the REST API's own error body, which Tasklist reads the message from. */
  public record RefusalBody(String type, String message) {
    RefusalBody(String message) {
      this("SubmissionRefusedException", message);
    }
  }
}
