package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.support.Browser;
import tw.dropout.support.IntegrationTest;

@IntegrationTest
class LoginBrowserTest {

  @LocalServerPort
  int port;

  @Test
  void staffSignInOnOurPageAndLandInTasklistUnderTheirName() {
    try (Browser browser = Browser.open(port)) {
      browser.get("/login");
      browser.waitUntil(d -> d.findElement(By.id("captcha-image")).isDisplayed());
      browser.screenshot("login-page");

      browser.login("teacher1", "demo");

      browser.waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/default/"));
      // Tasklist's header shows the signed-in user's full name.
      browser.waitUntil(d -> d.getPageSource().contains("林志明"));
      browser.screenshot("tasklist-after-login");
      assertThat(browser.driver().getPageSource()).doesNotContain("type=\"password\"");

      // Signing out in Tasklist ends our session too and brings the user to our login page.
      browser.driver().findElement(By.cssSelector("li.account > a.dropdown-toggle")).click();
      browser.waitUntil(d -> d.findElement(By.cssSelector("li.logout a")).isDisplayed());
      browser.driver().findElement(By.cssSelector("li.logout a")).click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
      browser.screenshot("after-tasklist-logout");
      browser.get("/camunda/app/tasklist/default/");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login"));
      assertThat(browser.driver().findElements(By.id("captcha-image"))).hasSize(1);
    }
  }

  @Test
  void anIdleTasklistEndsTheSessionEvenThoughItKeepsPolling() {
    try (Browser browser = Browser.open(port)) {
      browser.login("counselor3", "demo");
      browser.waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/default/"));
      // Let Tasklist finish starting (its account menu is up) before leaving it: reloading it half-way
      // through its start sometimes left Chromium's reloaded page at the loading spinner.
      browser.waitUntil(d -> d.findElement(By.cssSelector("li.account > a.dropdown-toggle")).isDisplayed());
      // Shorten the 30-minute idle limit for this browser only, then open Tasklist again and touch nothing.
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript("window.localStorage.setItem('dropout.idleLimitSeconds', '4')");
      browser.get("/camunda/app/tasklist/default/");
      browser.waitUntil(java.time.Duration.ofSeconds(90), d -> d.getCurrentUrl().contains("/login?idle"));
      assertThat(browser.driver().getPageSource()).contains("閒置超過 30 分鐘");
      browser.screenshot("idle-logout");
      browser.get("/camunda/app/tasklist/default/");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login"));
    }
  }
}
