package tw.dropout.registry;

import tw.dropout.system.Texts;

/** The registry's zh-TW texts (i18n/registry.properties). */
final class RegistryTexts {

  private static final Texts TEXTS = new Texts("i18n.registry");

  private RegistryTexts() {
  }

  static String get(String key, Object... args) {
    return TEXTS.get(key, args);
  }
}
