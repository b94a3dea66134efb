// Our configuration of Cockpit (overrides the webjar's config.js).
import {webappConfig} from '../../../../js/camunda-locale.js';

export default {
  // App name, vendor (= our system name, shown in the header and page title) and zh-TW as the language.
  ...webappConfig('cockpit'),
  // Send anyone who would see Camunda's own login form to our login page (see /js/camunda-sso.js);
  // our header links, language switch and Taiwan time (see /js/camunda-brand.js).
  customScripts: ['../../../js/camunda-sso', '../../../js/camunda-brand'],
  disableWelcomeMessage: true
};
