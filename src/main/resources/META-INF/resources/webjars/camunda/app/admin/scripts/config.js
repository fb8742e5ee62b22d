// Admin's configuration (Camunda's webapp customization): the desk's languages and its language
// switch.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../ticketflow/language']
};
