package tw.dropout.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with its own cookie jar, for tests that must go through the whole servlet
 * stack (the Camunda webapps' API and /engine-rest are not Spring MVC, so MockMvc cannot reach them).
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String basicAuth;

  public WebSession(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** Signs in through our login form with the test profile's captcha answer; returns the final response. */
  public static WebSession loggedIn(int port, String username, String password) {
    WebSession session = new WebSession(port);
    HttpResponse<String> response = session.login(username, password, Browser.CAPTCHA);
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("/login")) {
      throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + location);
    }
    return session;
  }

  /** Uses HTTP Basic on every request instead of the cookie session. */
  public static WebSession basic(int port, String username, String password) {
    WebSession session = new WebSession(port);
    session.basicAuth = "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return session;
  }

  /** Loads the login page and a captcha, then posts the form. */
  public HttpResponse<String> login(String username, String password, String captcha) {
    String csrf = csrfFrom(get("/login").body());
    get("/captcha");
    return postForm("/login", Map.of("username", username, "password", password, "captcha", captcha, "_csrf", csrf));
  }

  public String csrfFrom(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in page");
    }
    return m.group(1);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = new LinkedHashMap<>(form).entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** JSON POST the way the Camunda webapps send it (with their XSRF header when we have the cookie). */
  public HttpResponse<String> postJson(String path, String json) {
    return send(webappHeaders(request(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(webappHeaders(request(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(webappHeaders(request(path)).DELETE());
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private HttpRequest.Builder webappHeaders(HttpRequest.Builder builder) {
    String xsrf = cookie("XSRF-TOKEN");
    if (xsrf != null) {
      builder.header("X-XSRF-TOKEN", xsrf);
    }
    return builder.header("Accept", "application/json");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (basicAuth != null) {
      builder.header("Authorization", basicAuth);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
