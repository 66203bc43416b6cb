/**
 * Every language our citizen-facing apps speak. German is the source and English the second
 * language (TypeScript beside the code); the others are JSON files translators edit, loaded when
 * chosen (docs/translations.md). A translation counts as reviewed only once a native speaker has
 * read it on the screens: until then the portal says so, in that language.
 */
export interface LocaleEntry {
  /** Its own name, as its speakers write it: the language switch lists these. */
  endonym: string;
  direction: 'ltr' | 'rtl';
  /**
   * The Intl locale its dates and numbers are written in. Arabic keeps Latin digits and the
   * 24-hour clock: ticket numbers, times on the call display and the office's signs use them.
   */
  intlLocale: string;
  /**
   * The plural forms of a counting text, in order (CLDR categories as Intl.PluralRules names
   * them). Where the German text has a form for zero, a `zero` form comes first, unless the
   * language has its own zero category (Arabic), which then always leads.
   */
  pluralForms: readonly Intl.LDMLPluralRule[];
  reviewedByNativeSpeaker: boolean;
}

export const localeRegister = {
  de: { endonym: 'Deutsch', direction: 'ltr', intlLocale: 'de-DE', pluralForms: ['one', 'other'], reviewedByNativeSpeaker: true },
  en: { endonym: 'English', direction: 'ltr', intlLocale: 'en-GB', pluralForms: ['one', 'other'], reviewedByNativeSpeaker: true },
  tr: { endonym: 'Türkçe', direction: 'ltr', intlLocale: 'tr-TR', pluralForms: ['one', 'other'], reviewedByNativeSpeaker: false },
  ar: { endonym: 'العربية', direction: 'rtl', intlLocale: 'ar-u-nu-latn-hc-h23', pluralForms: ['zero', 'one', 'two', 'few', 'many', 'other'], reviewedByNativeSpeaker: false },
  uk: { endonym: 'Українська', direction: 'ltr', intlLocale: 'uk-UA', pluralForms: ['one', 'few', 'many'], reviewedByNativeSpeaker: false },
  ru: { endonym: 'Русский', direction: 'ltr', intlLocale: 'ru-RU', pluralForms: ['one', 'few', 'many'], reviewedByNativeSpeaker: false },
  pl: { endonym: 'Polski', direction: 'ltr', intlLocale: 'pl-PL', pluralForms: ['one', 'few', 'many'], reviewedByNativeSpeaker: false },
} as const satisfies Record<string, LocaleEntry>;

export type LanguageCode = keyof typeof localeRegister;
export const languageCodes = Object.keys(localeRegister) as LanguageCode[];
/** The languages of the JSON files, loaded when chosen. */
export type TranslatedLanguage = Exclude<LanguageCode, 'de' | 'en'>;
export const translatedLanguages = languageCodes.filter((code): code is TranslatedLanguage => code !== 'de' && code !== 'en');

export const isLanguageCode = (value: unknown): value is LanguageCode => typeof value === 'string' && Object.hasOwn(localeRegister, value);

/**
 * The plural forms a counting text has in a translated language, given how many its German text
 * has (2: `one | many`, 3: `none | one | many`).
 */
export function pluralFormsOf(code: TranslatedLanguage, germanFormCount: number): readonly Intl.LDMLPluralRule[] {
  const forms: readonly Intl.LDMLPluralRule[] = localeRegister[code].pluralForms;
  return germanFormCount >= 3 && !forms.includes('zero') ? ['zero', ...forms] : forms;
}

const untranslatedNames = ['language.de', 'language.en'];

/**
 * Keys whose text may read the same as the English one, per language: names that are not
 * translated (the languages' own names), and words the language shares with English (Polish
 * "Status"). Anything else equal to English is a text left untranslated.
 */
export const sameAsEnglishAllowed: Record<TranslatedLanguage, readonly string[]> = {
  tr: untranslatedNames,
  ar: untranslatedNames,
  uk: untranslatedNames,
  ru: untranslatedNames,
  pl: [...untranslatedNames, 'appointment.status'],
};
