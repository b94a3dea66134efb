// Loaded into Tasklist, Cockpit, Admin and Welcome (config.js customScripts), before the webapp starts.
// - Header: links back to our home page and case overview, and a language switch (中文 / English).
// - Dates in Taiwan time (Asia/Taipei, UTC+8, no daylight saving) whatever the browser's time zone.
// - Chinese for the few texts Camunda does not take from its locale files (app names, date pickers).
import {EN, ZH_TW, appLabel, chooseLocale, chosenLocale} from './camunda-locale.js';

const base = document.querySelector('base');
const appName = base.getAttribute('app-name');
const contextPath = (base.getAttribute('app-root') || '/camunda').replace(/\/camunda$/, '');
const locale = chosenLocale();
const zh = locale === ZH_TW;

const TEXT = {
  [ZH_TW]: {home: '回首頁', cases: '案件總覽', switchTo: 'English', zone: 'Asia/Taipei（臺灣時間）'},
  [EN]: {home: 'Home', cases: 'Cases', switchTo: '中文（臺灣）', zone: 'Asia/Taipei (Taiwan time)'}
}[locale];

// ---- Taiwan time -------------------------------------------------------------------------------
// The webapps format every date with the moment.js bundled in lib/deps.js. moment calls
// moment.updateOffset(m) for every new moment (moment-timezone's default zone works the same way):
// we put each local moment at UTC+8. Date parts parsed without an offset ("2025-10-01 09:00") are
// read as Taiwan time. Taiwan has kept UTC+8 without daylight saving since 1980.
const TAIPEI_OFFSET_MINUTES = 8 * 60;

function bundledMoments() {
  const chunks = window.webpackChunkcamunda_bpm_webapp;
  if (!chunks || typeof chunks.push !== 'function') {
    return [];
  }
  let webpackRequire = null;
  chunks.push([['dropout-taipei-time'], {}, (req) => {
    webpackRequire = req;
  }]);
  if (!webpackRequire || !webpackRequire.m) {
    return [];
  }
  const found = [];
  for (const id of Object.keys(webpackRequire.m)) {
    const source = Function.prototype.toString.call(webpackRequire.m[id]);
    if (source.includes('updateOffset') && source.includes('defineLocale') && source.includes('isMoment')) {
      const candidate = webpackRequire(id);
      const moment = candidate && candidate.default ? candidate.default : candidate;
      if (typeof moment === 'function' && typeof moment.utc === 'function' && 'updateOffset' in moment) {
        found.push(moment);
      }
    }
  }
  return found;
}

function useTaipeiTime(moment) {
  moment.updateOffset = function(m, keepTime) {
    if (m._isUTC || !m.isValid()) {
      return; // already fixed to an offset (ours, UTC, or parsed with its zone)
    }
    if (m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x') {
      // Parsed from date parts without an offset: those parts are Taiwan time.
      m._d = new Date(moment.utc(m._a).valueOf() - TAIPEI_OFFSET_MINUTES * 60000);
    }
    m.utcOffset(TAIPEI_OFFSET_MINUTES, keepTime);
  };
}

let taipeiTime = false;
try {
  const moments = bundledMoments();
  moments.forEach(useTaipeiTime);
  taipeiTime = moments.length > 0;
} catch (e) {
  console.warn('Dates stay in the browser time zone:', e); // eslint-disable-line no-console
}
if (!taipeiTime) {
  console.warn('moment.js not found: dates are shown in the browser time zone'); // eslint-disable-line no-console
}

// ---- Chinese for AngularJS date pickers (month and day names come from AngularJS $locale) -----------
const ANGULAR_ZH_TW = {
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月',
    '十二月'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  AMPMS: ['上午', '下午'],
  ERAS: ['西元前', '西元'],
  ERANAMES: ['西元前', '西元'],
  FIRSTDAYOFWEEK: 6,
  WEEKENDRANGE: [5, 6],
  fullDate: 'y年M月d日 EEEE',
  longDate: 'y年M月d日',
  medium: 'y年M月d日 HH:mm:ss',
  mediumDate: 'y年M月d日',
  mediumTime: 'HH:mm:ss',
  short: 'y/M/d HH:mm',
  shortDate: 'y/M/d',
  shortTime: 'HH:mm'
};

if (zh && window.angular) {
  try {
    window.angular.module(`cam.${appName}.custom`).run(['$injector', function($injector) {
      Object.assign($injector.get('$locale').DATETIME_FORMATS, ANGULAR_ZH_TW);
      $injector.get('$locale').id = 'zh-tw';
      if ($injector.has('uibDatepickerConfig')) {
        Object.assign($injector.get('uibDatepickerConfig'), {
          formatDayTitle: 'y年 MMMM', formatMonthTitle: 'y年', formatDayHeader: 'EEE', startingDay: 0
        });
      }
      if ($injector.has('uibDatepickerPopupConfig')) {
        Object.assign($injector.get('uibDatepickerPopupConfig'), {
          currentText: '今天', clearText: '清除', closeText: '關閉'
        });
      }
    }]);
  } catch (e) {
    console.warn('Date pickers stay in English:', e); // eslint-disable-line no-console
  }
}

// ---- Tasklist sorting -----------------------------------------------------------------------------
// Our filters sort by due date, then creation (tw.dropout.workflow.TaskFilters); Tasklist's own sorting
// control would claim "created, newest first". Start it on the filters' order unless the link says otherwise.
const FILTER_SORTING = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}, {sortBy: 'created', sortOrder: 'asc'}]);
if (appName === 'tasklist' && !/[?&]sorting=/.test(window.location.hash)) {
  const hash = window.location.hash && window.location.hash !== '#' ? window.location.hash : '#/';
  const separator = hash.includes('?') ? '&' : '?';
  window.history.replaceState(window.history.state, '',
      `${window.location.pathname}${window.location.search}${hash}${separator}sorting=${encodeURIComponent(FILTER_SORTING)}`);
}

// ---- Tasklist: how many tasks each filter holds ----------------------------------------------------
// Tasklist counts only the selected filter; staff should see at a glance where work waits. Counts are
// fetched when the page opens, when the selection changes, and every two minutes while visible.
const appRoot = base.getAttribute('app-root') || '/camunda';
let filterCounts = new Map();
let countsRequested = 0;

async function loadFilterCounts() {
  countsRequested = Date.now();
  const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
  try {
    const response = await fetch(`${appRoot}/api/engine/engine/${engine}/filter?resourceType=Task&itemCount=true`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (response.ok) {
      filterCounts = new Map((await response.json()).map((f) => [f.name, f.itemCount]));
      decorateFilterCounts();
    }
  } catch (e) {
    // counts are a convenience: the list itself still works
  }
}

function decorateFilterCounts() {
  document.querySelectorAll('.task-filter h4.name > a').forEach((a) => {
    const label = Array.from(a.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const count = label ? filterCounts.get(label.textContent.trim()) : undefined;
    let badge = a.querySelector('.dropout-count');
    if (count === undefined) {
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'dropout-count';
      a.appendChild(badge);
    }
    if (badge.textContent !== `(${count})`) {
      badge.textContent = `(${count})`;
    }
  });
}

if (appName === 'tasklist') {
  window.addEventListener('hashchange', () => {
    if (Date.now() - countsRequested > 2000) {
      loadFilterCounts();
    }
  });
  window.setInterval(() => {
    if (document.visibilityState === 'visible') {
      loadFilterCounts();
    }
  }, 120000);
}

// ---- Header and footer ----------------------------------------------------------------------------
// The header is rendered (and partly re-rendered) by AngularJS: re-apply our additions whenever the
// page changes. Each step checks first, so it is cheap and never loops.
function link(href, text, className) {
  const li = document.createElement('li');
  li.className = className;
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  li.appendChild(a);
  return li;
}

function decorateHeader() {
  const menu = document.querySelector('[cam-widget-header] .app-menu > ul');
  if (menu && !menu.querySelector('.dropout-home')) {
    menu.insertBefore(link(contextPath + '/cases', TEXT.cases, 'dropout-cases'), menu.firstChild);
    menu.insertBefore(link(contextPath + '/', TEXT.home, 'dropout-home'), menu.firstChild);
  }
  const logout = document.querySelector('[cam-widget-header] .account .dropdown-menu .logout');
  if (logout && !logout.parentNode.querySelector('.dropout-language')) {
    const item = link('', TEXT.switchTo, 'dropout-language');
    item.firstChild.addEventListener('click', (event) => {
      event.preventDefault();
      chooseLocale(zh ? EN : ZH_TW);
      window.location.reload();
    });
    logout.parentNode.insertBefore(item, logout);
  }
  // The app switch names the other webapps in English (not from the locale files).
  document.querySelectorAll('[cam-widget-header] .app-switch .dropdown-menu > li').forEach((li) => {
    const app = ['tasklist', 'cockpit', 'admin', 'welcome'].find((name) => li.classList.contains(name));
    const a = li.querySelector('a');
    if (app && a && a.textContent.trim() !== appLabel(app, locale)) {
      a.textContent = appLabel(app, locale);
    }
  });
  if (appName === 'tasklist' && document.querySelector('.task-filter')) {
    if (!countsRequested) {
      loadFilterCounts();
    }
    decorateFilterCounts();
  }
  const zone = document.querySelector('#footer-timezone i');
  if (taipeiTime && zone && zone.textContent !== TEXT.zone) {
    zone.textContent = TEXT.zone;
  }
}

document.documentElement.lang = zh ? 'zh-Hant-TW' : 'en';
document.documentElement.classList.add('dropout-webapp', `dropout-${appName}`);

// ---- Read-only Cockpit ----------------------------------------------------------------------------
// Ministry officers may look, not act: Cockpit would still offer cancel, suspend, retry, edit … which
// the engine then refuses. Mark the page so camunda-webapps.css hides those controls.
if (appName === 'cockpit') {
  window.fetch(`${contextPath}/me`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : null))
      .then((me) => {
        if (me && me.readOnly) {
          document.documentElement.classList.add('dropout-read-only');
        }
      })
      .catch(() => {});
}
let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      decorateHeader();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true});

export default [];
