// Our configuration of Tasklist (overrides the webjar's config.js).
import {webappConfig} from '../../../../js/camunda-locale.js';

export default {
  // App name, vendor (= our system name, shown in the header and page title) and zh-TW as the language.
  ...webappConfig('tasklist'),
  // Send anyone who would see Camunda's own login form to our login page (see /js/camunda-sso.js);
  // our header links, language switch and Taiwan time (see /js/camunda-brand.js).
  customScripts: ['../../../js/camunda-sso', '../../../js/camunda-brand'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '認領目前選取的待辦'},
    focusFilter: {key: 'ctrl+shift+f', description: '跳到第一個篩選條件'},
    focusList: {key: 'ctrl+alt+l', description: '跳到待辦清單的第一筆'},
    focusForm: {key: 'ctrl+alt+f', description: '跳到表單的第一個欄位'},
    startProcess: {key: 'ctrl+alt+p', description: '開啟「啟動流程」視窗'}
  }
};
