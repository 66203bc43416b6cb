import { inject, ref, type App, type InjectionKey, type Ref } from 'vue';
import { commonMessages } from './common-messages';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** German is the source language: every other one must translate each of its keys. */
export type Translations<Source extends Record<string, string>> = { de: Source; en: { [Key in keyof Source]: string } };

export interface I18n<Key extends string> {
  locale: Ref<Locale>;
  setLocale(locale: Locale): void;
  /** The text of a key in the current language; `{name}` placeholders take `params.name`. */
  t(key: Key, params?: Record<string, string | number>): string;
  /** A date and time in the office's time zone, in the current language's style. */
  formatDateTime(instant: string | Date, options: Intl.DateTimeFormatOptions, timeZone?: string): string;
}

const storageKey = 'zms.locale';
const i18nKey: InjectionKey<I18n<string>> = Symbol('i18n');

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === 'en' || stored === 'de' ? stored : 'de';
}

export function createI18n<Source extends Record<string, string>>(translations: Translations<Source>) {
  type Key = Extract<keyof Source | keyof typeof commonMessages.de, string>;
  const dictionaries: Record<Locale, Record<string, string>> = {
    de: { ...commonMessages.de, ...translations.de },
    en: { ...commonMessages.en, ...translations.en },
  };
  const locale = ref<Locale>(initialLocale());
  const apply = (next: Locale) => {
    if (typeof document !== 'undefined') document.documentElement.lang = next;
  };
  apply(locale.value);

  const i18n: I18n<Key> = {
    locale,
    setLocale(next) {
      locale.value = next;
      globalThis.localStorage?.setItem(storageKey, next);
      apply(next);
    },
    t(key, params) {
      const text = dictionaries[locale.value][key] ?? dictionaries.de[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : text;
    },
    formatDateTime(instant, options, timeZone = 'Europe/Berlin') {
      return new Intl.DateTimeFormat(locale.value === 'de' ? 'de-DE' : 'en-GB', { timeZone, ...options }).format(new Date(instant));
    },
  };
  return {
    ...i18n,
    install(app: App) {
      app.provide(i18nKey, i18n as I18n<string>);
    },
  };
}

/** The app's i18n; apps narrow the key type with their own `useI18n` wrapper. */
export function useI18n<Key extends string = string>(): I18n<Key> {
  const i18n = inject(i18nKey);
  if (!i18n) throw new Error('createI18n(...) is not installed in this app');
  return i18n as I18n<Key>;
}
