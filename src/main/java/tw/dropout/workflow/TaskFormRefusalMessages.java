package tw.dropout.workflow;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When a task listener refuses a submitted form (our server-side checks, with a zh-TW reason), the
 * engine wraps the reason in English ("Cannot submit task form …: ENGINE-03051 There was an exception
 * while invoking the TaskListener. Message: 'Exception while invoking TaskListener: …'"). Tasklist
 * shows that message as it is, so this filter leaves only the reason in the error response of
 * submit-form and complete calls.
 */
@Configuration
class TaskFormRefusalMessages {

  static final Pattern REASON = Pattern.compile("Exception while invoking TaskListener: (.+?)'?$", Pattern.DOTALL);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskFormRefusalFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> reg = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !(uri.endsWith("/submit-form") || uri.endsWith("/complete"));
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400 && wrapper.getContentType() != null && wrapper.getContentType().contains("json")) {
          byte[] cleaned = clean(json, wrapper.getContentAsByteArray());
          if (cleaned != null) {
            wrapper.resetBuffer();
            wrapper.getOutputStream().write(cleaned);
          }
        }
        wrapper.copyBodyToResponse();
      }
    });
    reg.setName("dropout-task-form-refusals");
    reg.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return reg;
  }

  /** The error body with only the listener's own message, or null when it holds no listener refusal. */
  static byte[] clean(ObjectMapper json, byte[] body) {
    try {
      if (!(json.readTree(body) instanceof ObjectNode error) || !error.hasNonNull("message")) {
        return null;
      }
      Matcher m = REASON.matcher(error.get("message").asText());
      if (!m.find()) {
        return null;
      }
      error.put("message", m.group(1).strip());
      return json.writeValueAsBytes(error);
    } catch (IOException notJson) {
      return null;
    }
  }
}
