package tw.dropout.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our zh-TW locale covers every label of Camunda's English locale, read from the Camunda webjar on the
 * classpath: a Camunda upgrade that adds, renames or removes labels fails here, naming them.
 */
class WebappLocaleTest {

  private static final String DIR = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|\\{}");
  private static final Pattern TAG = Pattern.compile("</?(a|br|b|strong|i|em|code|span|p|ul|ol|li|div|pre|small|u|kbd)\\b");
  private static final Pattern HREF = Pattern.compile("href=\"[^\"]*\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAChineseOneWithTheSamePlaceholdersAndMarkup(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode chinese = read(app, "zh-TW");
    JsonNode en = english.get("labels");
    JsonNode zh = chinese.get("labels");
    assertThat(en).as("Camunda's %s en.json labels", app).isNotNull();
    assertThat(zh).as("our %s zh-TW.json labels", app).isNotNull();

    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String key = label.getKey();
      String englishText = label.getValue().asText();
      JsonNode translation = zh.get(key);
      if (translation == null || !translation.isTextual() || translation.asText().isBlank()) {
        problems.add(key + ": no zh-TW text (English: \"" + englishText + "\")");
        continue;
      }
      String chineseText = translation.asText();
      if (!all(PLACEHOLDER, englishText).equals(all(PLACEHOLDER, chineseText))) {
        problems.add(key + ": placeholders " + all(PLACEHOLDER, englishText) + " but zh-TW has "
            + all(PLACEHOLDER, chineseText));
      }
      if (!all(TAG, englishText).equals(all(TAG, chineseText))) {
        problems.add(key + ": HTML tags " + all(TAG, englishText) + " but zh-TW has " + all(TAG, chineseText));
      }
      if (!all(HREF, englishText).equals(all(HREF, chineseText))) {
        problems.add(key + ": links " + all(HREF, englishText) + " but zh-TW has " + all(HREF, chineseText));
      }
    }
    for (Iterator<String> it = zh.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!en.has(key)) {
        problems.add(key + ": in zh-TW.json but no longer in Camunda's en.json");
      }
    }
    assertThat(problems).as("zh-TW locale of %s (%d English labels)", app, en.size()).isEmpty();

    if (english.has("dateLocales")) {
      JsonNode dates = chinese.get("dateLocales");
      assertThat(dates).as("%s zh-TW dateLocales (moment.js locale)", app).isNotNull();
      for (Iterator<String> it = english.get("dateLocales").fieldNames(); it.hasNext(); ) {
        String field = it.next();
        assertThat(dates.has(field)).as("%s zh-TW dateLocales.%s", app, field).isTrue();
      }
    }
  }

  private static JsonNode read(String app, String locale) throws IOException {
    String path = DIR.formatted(app, locale);
    URL url = WebappLocaleTest.class.getClassLoader().getResource(path);
    assertThat(url).as(path + " on the classpath").isNotNull();
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in); // Camunda's files start with a UTF-8 byte order mark; Jackson skips it
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group());
    }
    found.sort(null);
    return found;
  }
}
