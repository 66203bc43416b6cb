import { inject, watch, type App, type InjectionKey, type Ref } from 'vue';
import { createI18n as createVueI18n } from 'vue-i18n';
import { commonMessages } from './common-messages';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** German is the source language: every other one must translate each of its keys. */
export type Translations<Source extends Record<string, string>> = { de: Source; en: { [Key in keyof Source]: string } };

export interface I18n<Key extends string> {
  locale: Ref<Locale>;
  setLocale(locale: Locale): void;
  /**
   * The text of a key in the current language; `{name}` placeholders take `params.name`. A text
   * that counts something is written in plural forms, `one | many` or `none | one | many`
   * (vue-i18n's syntax), and `params.count` picks the form.
   */
  t(key: Key, params?: Record<string, string | number>): string;
  /** A date and time in the office's time zone, in the current language's style. */
  formatDateTime(instant: string | Date, options: Intl.DateTimeFormatOptions, timeZone?: string): string;
}

const storageKey = 'zms.locale';
const i18nKey: InjectionKey<I18n<string>> = Symbol('i18n');
const dateLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The language chosen before in this browser, else the first of the browser's languages we have, else German. */
export function initialLocale(stored: string | null | undefined, browserLanguages: readonly string[] = []): Locale {
  if (isLocale(stored)) return stored;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'de';
}

/**
 * Our texts are plain words with `{name}` placeholders and `|` between plural forms; vue-i18n also
 * reads `@` (linked messages) and `$` as syntax, so those are kept literal ("name@example.org").
 */
export function literalText(text: string): string {
  return text.replace(/[@$]/g, (char) => `{'${char}'}`);
}

function dictionary(...sources: Record<string, string>[]): Record<string, string> {
  return Object.fromEntries(sources.flatMap((source) => Object.entries(source)).map(([key, text]) => [key, literalText(text)]));
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

export function createI18n<Source extends Record<string, string>>(translations: Translations<Source>) {
  type Key = Extract<keyof Source | keyof typeof commonMessages.de, string>;
  const vueI18n = createVueI18n({
    legacy: false,
    locale: initialLocale(globalThis.localStorage?.getItem(storageKey), browserLanguages()),
    fallbackLocale: 'de',
    messages: {
      de: dictionary(commonMessages.de, translations.de),
      en: dictionary(commonMessages.en, translations.en),
    },
    // A missing key shows as the key, which the tests catch; no console noise besides.
    missingWarn: false,
    fallbackWarn: false,
    warnHtmlMessage: false,
  });
  const composer = vueI18n.global;
  const locale = composer.locale as unknown as Ref<Locale>;
  watch(
    locale,
    (current) => {
      if (typeof document !== 'undefined') document.documentElement.lang = current;
    },
    { immediate: true },
  );

  const i18n: I18n<Key> = {
    locale,
    setLocale(next) {
      locale.value = next;
      globalThis.localStorage?.setItem(storageKey, next);
    },
    t(key, params) {
      if (!params) return composer.t(key);
      return typeof params.count === 'number' ? composer.t(key, params, params.count) : composer.t(key, params);
    },
    formatDateTime(instant, options, timeZone = 'Europe/Berlin') {
      return new Intl.DateTimeFormat(dateLocales[locale.value], { timeZone, ...options }).format(new Date(instant));
    },
  };
  return {
    ...i18n,
    install(app: App) {
      app.use(vueI18n);
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
