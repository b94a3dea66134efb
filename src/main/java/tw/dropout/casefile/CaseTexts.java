package tw.dropout.casefile;

import tw.dropout.system.Texts;

/** The case file's zh-TW texts (i18n/casefile.properties). */
final class CaseTexts {

  private static final Texts TEXTS = new Texts("i18n.casefile");

  private CaseTexts() {
  }

  static String get(String key, Object... args) {
    return TEXTS.get(key, args);
  }

  static CaseRefusedException refusal(String key, Object... args) {
    return new CaseRefusedException(get(key, args));
  }
}
