import { registerEnumType } from 'type-graphql';

/** Languages of the messages to a citizen. */
export enum MessageLanguage {
  de = 'de',
  en = 'en',
}
registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  description: 'Language of the mails and SMS to the citizen.',
  valuesConfig: { de: { description: 'German (the default).' }, en: { description: 'English.' } },
});
