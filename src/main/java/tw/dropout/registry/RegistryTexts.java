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
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.TAIWAN).format(args);
  }
}
