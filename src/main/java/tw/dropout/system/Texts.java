package tw.dropout.system;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * zh-TW texts from one i18n bundle for code that runs outside a web request (validation in task
 * listeners, system notes, import reports, exceptions). Pages read the same bundles through Spring.
 */
public final class Texts {

  private final ResourceBundle bundle;

  /** @param bundle the bundle's base name, e.g. {@code i18n.casefile} */
  public Texts(String bundle) {
    this.bundle = ResourceBundle.getBundle(bundle, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    // Numbers as plain digits: row 1234 is 第 1234 列, not 第 1,234 列.
    Object[] plain = Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    return new MessageFormat(pattern, Locale.TAIWAN).format(plain);
  }
}
