package tw.dropout.registry;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of the school administration's registry service (contract in the README (Student registry)):
 * {@code GET {baseUrl}/students/{nationalId}} answers 200 with the student as JSON (camelCase names of
 * {@link RegistryColumn}) or 404 when unknown. Anything else — no answer within the timeout, a refused
 * connection, a 5xx after all retries, an unexpected status or a body that fails the import rules —
 * becomes a {@link RegistryUnavailableException}: better no case today than a case with wrong data.
 */
public class HttpStudentRegistry implements StudentRegistry {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BACK_OFF = Duration.ofMillis(200);

  private final String baseUrl;
  private final Duration timeout;
  private final int retries;
  private final Clock clock;
  private final HttpClient client;

  public HttpStudentRegistry(URI baseUrl, Duration timeout, int retries, Clock clock) {
    String url = baseUrl.toString();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.timeout = timeout;
    this.retries = Math.max(0, retries);
    this.clock = clock;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public Optional<RegistryStudent> find(String nationalId) {
    String id = NationalId.normalize(nationalId);
    if (!NationalId.isValid(id)) {
      return Optional.empty(); // no registry knows an impossible number; callers show NationalId.problem
    }
    HttpResponse<String> response = fetch(id);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new RegistryUnavailableException(RegistryTexts.get("http.unexpectedStatus", response.statusCode()));
    }
    return Optional.of(parse(id, response.body()));
  }

  /** Tries 1 + retries times while the failure may pass (timeout, no connection, 5xx). */
  private HttpResponse<String> fetch(String id) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/students/" + id))
        .timeout(timeout)
        .header("Accept", "application/json")
        .GET()
        .build();
    int attempts = retries + 1;
    RegistryUnavailableException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        pause(BACK_OFF.multipliedBy(attempt - 1));
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 500) {
          return response;
        }
        last = new RegistryUnavailableException(
            RegistryTexts.get("http.serverError", response.statusCode(), attempts));
      } catch (HttpTimeoutException e) {
        last = new RegistryUnavailableException(RegistryTexts.get("http.timeout", seconds(timeout), attempts), e);
      } catch (ConnectException e) {
        last = new RegistryUnavailableException(RegistryTexts.get("http.unreachable", attempts), e);
      } catch (IOException e) {
        // Connection reset, closed half-way through the answer …: the same to the user as no connection.
        last = new RegistryUnavailableException(RegistryTexts.get("http.unreachable", attempts), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RegistryUnavailableException(RegistryTexts.get("http.interrupted"), e);
      }
    }
    throw last;
  }

  /** The whole answer passes the import rules for the asked-for student, or none of it is used. */
  private RegistryStudent parse(String id, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(RegistryTexts.get("http.notJson"), e);
    }
    if (root == null || !root.isObject()) {
      throw malformed(RegistryTexts.get("http.notJson"), null);
    }
    Map<RegistryColumn, String> raw = new EnumMap<>(RegistryColumn.class);
    for (RegistryColumn column : RegistryColumn.values()) {
      JsonNode value = root.get(column.jsonName());
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isValueNode()) {
        throw malformed(RegistryTexts.get("http.notAValue", column.jsonName()), null);
      }
      raw.put(column, value.asText());
    }
    StudentRowRules.Checked checked = StudentRowRules.check(raw, LocalDate.now(clock));
    if (!checked.ok()) {
      throw malformed(String.join(" ", checked.problems()), null);
    }
    if (!checked.student().nationalId().equals(id)) {
      throw malformed(RegistryTexts.get("http.otherStudent"), null);
    }
    return checked.student();
  }

  private static RegistryUnavailableException malformed(String detail, Throwable cause) {
    return new RegistryUnavailableException(RegistryTexts.get("http.malformed", detail), cause);
  }

  private static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnavailableException(RegistryTexts.get("http.interrupted"), e);
    }
  }
}
