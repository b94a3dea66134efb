package tw.dropout.workflow;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
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
 * Gets a refused submission's zh-TW sentence (a {@link SubmissionRefusedException} from a task
 * listener) to the person in Tasklist, unadorned. The engine wraps whatever a task listener throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener…") and the REST layer prefixes it again ("Cannot submit task form …: "), which Tasklist
 * would show verbatim. Two interceptors undo that: inside the command the refusal is unwrapped (so the
 * engine logs it as a user's mistake, at debug), and at the outermost call from a REST request it
 * becomes a 400 whose message is exactly our sentence. The same outermost interceptor answers the
 * engine's tenant check with 404 (see {@link AnswerRestClients}).
 */
@Component
class SubmissionRefusals extends AbstractCamundaConfiguration {

  /** The engine's message code for an object of a tenant the user does not belong to. */
  static final String TENANT_CHECK = "ENGINE-13034";
  static final String NOT_FOUND = "找不到這筆資料，或您沒有權限存取。";

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

  /**
   * Runs outside everything, for the outermost command of a REST call: a refused submission answers 400
   * with our sentence; the engine's tenant check (another school's task or instance, which the REST
   * layer would report as a 500 naming the other tenant's object) answers 404, as if it did not exist.
   */
  static class AnswerRestClients extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      boolean outermost = Context.getCommandContext() == null;
      try {
        return next.execute(command);
      } catch (SubmissionRefusedException refusal) {
        if (outermost && calledThroughRest()) {
          throw new WebApplicationException(refusal.getMessage(), answer(Response.Status.BAD_REQUEST,
              "SubmissionRefusedException", refusal.getMessage()));
        }
        throw refusal;
      } catch (ProcessEngineException e) {
        if (outermost && isTenantCheck(e) && calledThroughRest()) {
          throw new WebApplicationException(answer(Response.Status.NOT_FOUND, "InvalidRequestException", NOT_FOUND));
        }
        throw e;
      }
    }

    private static boolean isTenantCheck(ProcessEngineException e) {
      return e.getMessage() != null && e.getMessage().startsWith(TENANT_CHECK);
    }

    private static Response answer(Response.Status status, String type, String message) {
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new RefusalBody(type, message))
          .build();
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
  }
}
