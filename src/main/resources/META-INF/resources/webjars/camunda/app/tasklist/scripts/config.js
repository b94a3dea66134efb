// Our configuration of Tasklist (overrides the webjar's config.js).
export default {
  // Send anyone who would see Camunda's own login form to our login page (see /js/camunda-sso.js).
  customScripts: ['../../../js/camunda-sso'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '認領目前選取的待辦'},
    focusFilter: {key: 'ctrl+shift+f', description: '跳到第一個篩選條件'},
    focusList: {key: 'ctrl+alt+l', description: '跳到待辦清單的第一筆'},
    focusForm: {key: 'ctrl+alt+f', description: '跳到表單的第一個欄位'},
    startProcess: {key: 'ctrl+alt+p', description: '開啟「啟動流程」視窗'}
  }
};
