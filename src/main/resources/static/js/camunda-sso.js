// Loaded into Tasklist, Cockpit, Admin and Welcome (config.js customScripts).
//
// 1. Staff sign in on our own login page only: whenever a webapp wants to show Camunda's login form
//    (after logout, or when the session has ended), send the browser to our login page instead.
// 2. Idle sessions end after 30 minutes. Tasklist refreshes its lists every 10 seconds, which would
//    keep the server session alive forever, so idleness is measured here, from the person's own
//    keyboard, mouse and touch activity, and ends the session (ours and the webapps') when reached.
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
const contextPath = appRoot.replace(/\/camunda$/, '');
const IDLE_LIMIT_MS = idleLimitMs();

let lastActivity = Date.now();
let loggingOut = false;

function leaveCamundaLogin() {
  // While an idle logout is under way the webapp may see a 401 first and ask for its login form:
  // the idle logout then sends the browser on itself, with the right message.
  if (!loggingOut && /^#!?\/login/.test(window.location.hash)) {
    window.location.replace(contextPath + '/login?logout');
  }
}

// 30 minutes, as the server's session timeout. Browser tests shorten it with a localStorage entry.
function idleLimitMs() {
  const override = Number(window.localStorage.getItem('dropout.idleLimitSeconds'));
  return override > 0 ? override * 1000 : 30 * 60 * 1000;
}

function readCookie(name) {
  const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : null;
}

function noteActivity() {
  lastActivity = Date.now();
}

function endIdleSession() {
  if (loggingOut || Date.now() - lastActivity < IDLE_LIMIT_MS) {
    return;
  }
  loggingOut = true;
  const headers = {};
  const token = readCookie('XSRF-TOKEN');
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  const done = () => window.location.replace(contextPath + '/login?idle');
  window.fetch(appRoot + '/api/admin/auth/user/default/logout', {method: 'POST', headers, credentials: 'same-origin'})
    .then(done, done);
}

leaveCamundaLogin();
window.addEventListener('hashchange', leaveCamundaLogin);
['keydown', 'mousedown', 'touchstart', 'wheel'].forEach(type =>
  window.addEventListener(type, noteActivity, {capture: true, passive: true}));
window.setInterval(endIdleSession, Math.min(15000, IDLE_LIMIT_MS / 2));

export default [];
