import { registerEnumType } from 'type-graphql';

/** Languages of the messages to a citizen: those of Berlin's citizens besides German. */
export enum MessageLanguage {
  de = 'de',
  en = 'en',
  tr = 'tr',
  ar = 'ar',
  uk = 'uk',
  ru = 'ru',
  pl = 'pl',
}
registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  description: 'Language of the mails and SMS to the citizen. Service names the catalogue has not translated into it stay German.',
  valuesConfig: {
    de: { description: 'German (the default).' },
    en: { description: 'English.' },
    tr: { description: 'Turkish.' },
    ar: { description: 'Arabic (mails are written right to left).' },
    uk: { description: 'Ukrainian.' },
    ru: { description: 'Russian.' },
    pl: { description: 'Polish.' },
  },
});
