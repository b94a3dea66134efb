// Language and names of the Camunda webapps (imported by each webapp's config.js and by camunda-brand.js).
// Staff read Traditional Chinese: zh-TW is the default whatever the browser says. English stays available
// through the header's language switch, remembered in this browser (localStorage).
// Camunda matches only the browser's first language subtag ("zh", "en") against availableLocales, so we
// offer exactly one locale: the chosen one. Its file is app/<app>/locales/<locale>.json.

export const ZH_TW = 'zh-TW';
export const EN = 'en';
export const SYSTEM_NAME = '高級中等學校中途離校學生通報系統';

const STORAGE_KEY = 'dropout.webapps.locale';

const APP_NAMES = {
  tasklist: {[ZH_TW]: '待辦事項', [EN]: 'Tasklist'},
  cockpit: {[ZH_TW]: '流程監控', [EN]: 'Cockpit'},
  admin: {[ZH_TW]: '系統管理', [EN]: 'Admin'},
  welcome: {[ZH_TW]: '個人入口', [EN]: 'Welcome'}
};

export function chosenLocale() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === EN ? EN : ZH_TW;
  } catch (e) {
    return ZH_TW;
  }
}

export function chooseLocale(locale) {
  window.localStorage.setItem(STORAGE_KEY, locale === EN ? EN : ZH_TW);
}

export function appLabel(app, locale = chosenLocale()) {
  return (APP_NAMES[app] || {})[locale] || app;
}

/** The parts of a webapp's config.js that name the app and pick its language. */
export function webappConfig(app) {
  const locale = chosenLocale();
  return {
    app: {vendor: SYSTEM_NAME, name: appLabel(app, locale)},
    locales: {availableLocales: [locale], fallbackLocale: locale}
  };
}
