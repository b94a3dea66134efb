package tw.dropout.registry;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The registry's zh-TW texts from i18n/registry.properties, for code that runs outside a web request
 * (static validation, import reports, exceptions). Pages read the same bundle through Spring.
 */
final class RegistryTexts {

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.registry", Locale.ROOT,
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private RegistryTexts() {
  }

  static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    // Numbers as plain digits: row 1234 is 第 1234 列, not 第 1,234 列.
    Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    return new MessageFormat(pattern, Locale.TAIWAN).format(plain);
  }
}
