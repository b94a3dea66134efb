// Our configuration of this Camunda webapp (overrides the webjar's config.js).
export default {
  // Send anyone who would see Camunda's own login form to our login page (see /js/camunda-sso.js).
  customScripts: ['../../../js/camunda-sso'],
  disableWelcomeMessage: true
};
