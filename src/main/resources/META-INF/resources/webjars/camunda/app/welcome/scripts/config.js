// The Welcome page's configuration (Camunda's webapp customization): the desk's languages, its
// language switch, and the desk's own pages beside the webapps.
import {currentLanguage} from '../../ticketflow/language.js';

const zh = currentLanguage() === 'zh';

export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../ticketflow/language'],
  links: [
    {
      label: zh ? '工单报表' : 'Ticket reports',
      href: '/reports/',
      description: zh ? '每月工单统计：数量、服务时限、满意度' : 'Monthly ticket figures: volume, service levels, satisfaction'
    },
    {
      label: zh ? '服务门户' : 'Service portal',
      href: '/portal/',
      description: zh ? '请求人提交和跟踪工单的页面' : 'Where requesters raise and follow their tickets'
    }
  ]
};
