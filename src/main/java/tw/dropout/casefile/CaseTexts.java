package tw.dropout.casefile;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * zh-TW texts from i18n/casefile.properties for code that runs outside a web request (validation in
 * task listeners, system notes, exceptions). Pages read the same bundle through Spring.
 */
final class CaseTexts {

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.casefile", Locale.ROOT,
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private CaseTexts() {
  }

  static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    return new MessageFormat(pattern, Locale.TAIWAN).format(plain);
  }

  static CaseRefusedException refusal(String key, Object... args) {
    return new CaseRefusedException(get(key, args));
  }
}
