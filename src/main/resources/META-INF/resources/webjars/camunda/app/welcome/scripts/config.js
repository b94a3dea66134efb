// Our configuration of the Welcome page (overrides the webjar's config.js).
import {webappConfig} from '../../../../js/camunda-locale.js';

export default {
  // App name, vendor (= our system name, shown in the header and page title) and zh-TW as the language.
  ...webappConfig('welcome'),
  // Send anyone who would see Camunda's own login form to our login page (see /js/camunda-sso.js);
  // our header links, language switch and Taiwan time (see /js/camunda-brand.js).
  customScripts: ['../../../js/camunda-sso', '../../../js/camunda-brand'],
  disableWelcomeMessage: true,
  // Instead of Camunda's English documentation: our own pages (relative to /camunda/app/welcome/default/).
  links: [
    {label: '回首頁', href: '../../../../', description: '系統公告與操作手冊'},
    {label: '案件總覽', href: '../../../../cases', description: '本校中途離校案件的狀態與追蹤紀錄'}
  ]
};
