// Cockpit's configuration (Camunda's webapp customization): the desk's languages, its language
// switch, and a navigation link to the desk's reports.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../ticketflow/language', '../ticketflow/reports-link']
};
