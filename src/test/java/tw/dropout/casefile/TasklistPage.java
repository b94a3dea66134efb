package tw.dropout.casefile;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import tw.dropout.support.Browser;

/** Clicks through Camunda Tasklist and the Camunda Forms (form-js) it renders, by what a person reads. */
final class TasklistPage {

  private final Browser browser;

  TasklistPage(Browser browser) {
    this.browser = browser;
  }

  /** The form of the task now shown is rendered. */
  void awaitForm(String text) {
    browser.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form")).size() > 0
        && d.getPageSource().contains(text));
  }

  void claim() {
    browser.waitUntil(d -> d.findElement(By.cssSelector("a.claim, button.claim"))).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector("a.claim, button.claim")).isEmpty());
  }

  /** The input or textarea of the form field whose label starts with {@code label}. */
  WebElement field(String label) {
    return browser.waitUntil(d -> d.findElement(By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]"
        + "/ancestor::div[contains(@class,'fjs-form-field')][1]//*[self::input or self::textarea]")));
  }

  void type(String label, String text) {
    WebElement input = field(label);
    scroll(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /** A form-js date field: typed the way its picker shows dates, then confirmed. */
  void date(String label, String value) {
    WebElement input = field(label);
    scroll(input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value, Keys.ENTER);
    browser.driver().findElement(By.cssSelector(".fjs-form h4, .fjs-form-field-text")).click();
  }

  /** Ticks a radio option, checklist entry or checkbox by its label, and waits until it shows ticked. */
  void choose(String optionLabel) {
    By option = By.xpath("//div[contains(@class,'fjs-form-field-radio')"
        + " or contains(@class,'fjs-form-field-checklist') or contains(@class,'fjs-form-field-checkbox')]"
        + "//label[normalize-space(.)='" + optionLabel + "']//input");
    WebElement input = browser.waitUntil(d -> d.findElement(option));
    scroll(input);
    input.click();
    browser.waitUntil(d -> d.findElement(option).isSelected());
  }

  /** A form-js select: open its list, pick the entry. */
  void select(String fieldLabel, String optionLabel) {
    WebElement input = browser.waitUntil(d -> d.findElement(By.xpath("//label[starts-with(normalize-space(.),'"
        + fieldLabel + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]//*[contains(@class,'fjs-input-group')]")));
    scroll(input);
    input.click();
    browser.waitUntil(d -> d.findElement(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space(.)='" + optionLabel + "']"))).click();
  }

  /** Tasklist's 暫存: keeps what was typed (in this browser) until the form is completed. */
  void saveDraft() {
    WebElement button = browser.waitUntil(d -> d.findElement(By.cssSelector("button[ng-click='save($event)']")));
    scroll(button);
    button.click();
  }

  void complete() {
    WebElement button = browser.waitUntil(d -> d.findElement(By.cssSelector("button[ng-click='complete()']")));
    scroll(button);
    // A notice may cover the button: press it as a keyboard user would.
    button.sendKeys(Keys.ENTER);
  }

  void scroll(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
  }
}
