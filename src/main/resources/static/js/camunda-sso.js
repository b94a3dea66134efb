// Loaded into Tasklist, Cockpit, Admin and Welcome (config.js customScripts).
// Staff sign in on our own login page only: whenever a webapp wants to show Camunda's login form
// (after logout, or when the session has ended), send the browser to our login page instead.
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
const contextPath = appRoot.replace(/\/camunda$/, '');

function leaveCamundaLogin() {
  if (/^#!?\/login/.test(window.location.hash)) {
    window.location.replace(contextPath + '/login?logout');
  }
}

leaveCamundaLogin();
window.addEventListener('hashchange', leaveCamundaLogin);

export default [];
