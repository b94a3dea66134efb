package tw.dropout.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.support.Browser;
import tw.dropout.support.IntegrationTest;

@IntegrationTest
class RegistryAdminBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  StudentRegistry registry;

  @Test
  void theAdministratorImportsAFileAfterFixingTheRowTheCheckNamed(@TempDir Path dir) throws IOException {
    String student = TestStudents.newNationalId();
    Path bad = dir.resolve("學籍-有誤.csv");
    Files.write(bad, TestStudents.csv(TestStudents.row(student, "周書妤", "019901"),
        TestStudents.row("A123456788", "錯誤生", "019901").replace("2009-05-01", "2031-01-01")));
    Path good = dir.resolve("學籍.csv");
    Files.write(good, TestStudents.csv(TestStudents.row(student, "周書妤", "019901")));

    try (Browser browser = Browser.open(port)) {
      browser.login("admin", "demo");
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/overview"));
      browser.driver().findElement(By.linkText("學籍資料匯入")).click();
      browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("學籍資料匯入"));
      browser.screenshot("registry-admin-page");

      // Keyboard: from the file field, Tab reaches the import button, and Enter on it submits.
      WebElement input = browser.driver().findElement(By.id("file"));
      input.sendKeys(bad.toAbsolutePath().toString());
      // (sendKeys on a file field would mean a path: focus it as a Tab would, then press Tab on the page)
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", input);
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver().switchTo().activeElement();
      assertThat(focused.getTagName() + " " + focused.getText()).isEqualTo("button 檢查並匯入");
      focused.sendKeys(Keys.ENTER);

      browser.waitUntil(d -> !d.findElements(By.cssSelector("#import-result.alert-danger")).isEmpty());
      WebElement refused = browser.driver().findElement(By.id("import-result"));
      assertThat(refused.getText()).contains("沒有匯入", "第 3 列", "檢查碼不符", "在今天之後");
      assertThat(registry.find(student)).isEmpty();
      browser.screenshot("registry-admin-refused");

      // Over 10 MB: the page says so before uploading anything.
      Path tooLarge = dir.resolve("全國.csv");
      Files.write(tooLarge, new byte[10 * 1024 * 1024 + 1]);
      browser.driver().findElement(By.id("file")).sendKeys(tooLarge.toAbsolutePath().toString());
      browser.driver().findElement(By.cssSelector("#registry-upload button[type=submit]")).click();
      assertThat(browser.waitUntil(d -> d.findElement(By.id("file-problem"))).getText()).contains("超過 10 MB");
      assertThat(browser.driver().findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
      browser.screenshot("registry-admin-too-large");

      browser.driver().findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
      browser.driver().findElement(By.cssSelector("#registry-upload button[type=submit]")).click();
      browser.waitUntil(d -> !d.findElements(By.cssSelector("#import-result.alert-success")).isEmpty());
      assertThat(browser.driver().findElement(By.id("import-result")).getText()).contains("已匯入", "新增 1 位");
      assertThat(registry.find(student)).isPresent();
      browser.screenshot("registry-admin-imported");

      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.get("/admin/registry");
      browser.waitUntil(d -> d.findElement(By.id("file")).isDisplayed());
      browser.screenshot("registry-admin-phone");
      WebElement columns = browser.driver().findElement(By.tagName("summary"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", columns);
      columns.click();
      browser.waitUntil(d -> d.findElement(By.xpath("//td[code='national_id']")).isDisplayed());
      browser.screenshot("registry-admin-phone-columns");
    }
  }
}
