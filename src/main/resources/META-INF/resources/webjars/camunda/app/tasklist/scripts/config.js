// Tasklist's configuration (Camunda's webapp customization): the desk's languages, its language
// switch, and the keyboard shortcuts described in the chosen language.
import {currentLanguage} from '../../ticketflow/language.js';

const zh = currentLanguage() === 'zh';

export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../ticketflow/language'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: zh ? '认领当前选中的任务' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: zh ? '将焦点移到筛选器列表的第一项' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: zh ? '将焦点移到任务列表的第一项' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: zh
        ? '将焦点移到任务表单的第一个输入框'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: zh ? '打开“启动流程”对话框' : 'opens the start process modal dialog'
    }
  }
};
