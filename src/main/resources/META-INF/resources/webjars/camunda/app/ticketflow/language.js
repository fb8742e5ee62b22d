/*
 * The desk's language for the Camunda webapps (Tasklist, Cockpit, Admin, Welcome). Camunda picks the
 * first of the browser's languages that the app has a locale file for (locales/zh.json, en.json);
 * this module lets a person choose another one: the choice is kept in localStorage and stands in
 * for the browser's language before the app starts. Each app's scripts/config.js loads it as a
 * custom script; it also puts a small language switch at the foot of every page.
 */
const KEY = 'ticketflow.language';
const LANGUAGES = [
  {code: 'zh', label: '中文'},
  {code: 'en', label: 'English'}
];

function chosen() {
  try {
    const stored = window.localStorage.getItem(KEY);
    return LANGUAGES.some(l => l.code === stored) ? stored : null;
  } catch (e) {
    return null;
  }
}

/** The language the app shows: the chosen one, else the browser's first, else English. */
export function currentLanguage() {
  const first = chosen() || (navigator.languages && navigator.languages[0]) || navigator.language;
  return (first || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const stored = chosen();
if (stored) {
  Object.defineProperty(window.navigator, 'languages', {
    configurable: true,
    get: () => [stored]
  });
  Object.defineProperty(window.navigator, 'language', {
    configurable: true,
    get: () => stored
  });
}
document.documentElement.lang = currentLanguage() === 'zh' ? 'zh-CN' : 'en';
// the server words what it adds to the webapps (the work form) in the language they show
document.cookie = 'tf_language=' + currentLanguage() + '; path=/; SameSite=Strict';

function addSwitch() {
  if (document.getElementById('tf-language')) {
    return;
  }
  const box = document.createElement('div');
  box.id = 'tf-language';
  box.className = 'tf-language';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', currentLanguage() === 'zh' ? '语言' : 'Language');
  LANGUAGES.forEach(language => {
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = language.code;
    button.dataset.language = language.code;
    button.textContent = language.label;
    if (language.code === currentLanguage()) {
      button.className = 'active';
      button.setAttribute('aria-pressed', 'true');
    }
    button.addEventListener('click', () => {
      window.localStorage.setItem(KEY, language.code);
      window.location.reload();
    });
    box.appendChild(button);
  });
  document.body.appendChild(box);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addSwitch);
} else {
  addSwitch();
}

export default [];
