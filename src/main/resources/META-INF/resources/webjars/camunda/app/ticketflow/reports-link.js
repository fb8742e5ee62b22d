/*
 * Cockpit's navigation gets a link to the desk's reports (/reports), which signs in with the
 * webapps' session.
 */
import {currentLanguage} from './language.js';

export default [
  {
    id: 'ticketflow.reports',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {
      checkActive: () => false
    },
    render: node => {
      const link = document.createElement('a');
      link.href = '/reports/';
      link.id = 'tf-reports-link';
      link.textContent = currentLanguage() === 'zh' ? '工单报表' : 'Ticket reports';
      node.appendChild(link);
    }
  }
];
