import { inject, watch, type App, type InjectionKey, type Ref } from 'vue';
import { createI18n as createVueI18n, type PluralizationRule } from 'vue-i18n';
import { commonMessages } from './common-messages';
import { isLanguageCode, languageCodes, localeRegister, translatedLanguages, type LanguageCode, type TranslatedLanguage } from './locale-register';

/** The languages every app has: its texts beside the code. */
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** German is the source language: every other one must translate each of its keys. */
export type Translations<Source extends Record<string, string>> = { de: Source; en: { [Key in keyof Source]: string } };

/**
 * An app's locale files, as `import.meta.glob('./locales/*.json', { import: 'default' })` finds
 * them: one dynamic import, so one chunk, per language, loaded only when chosen.
 */
export type LocaleFiles = Record<string, () => Promise<unknown>>;

export interface I18n<Key extends string> {
  locale: Ref<LanguageCode>;
  /** The languages this app speaks, German first. */
  languages: readonly LanguageCode[];
  /** Switches once the language's texts are loaded; a later call wins over an earlier one still loading. */
  setLocale(locale: LanguageCode): Promise<void>;
  /**
   * The text of a key in the current language, else the German one; `{name}` placeholders take
   * `params.name`. A text that counts something is written in plural forms (German `one | many`
   * or `none | one | many`, other languages as locale-register.ts orders them), and
   * `params.count` picks the form.
   */
  t(key: Key, params?: Record<string, string | number>): string;
  /** A date and time in the office's time zone, in the current language's style. */
  formatDateTime(instant: string | Date, options: Intl.DateTimeFormatOptions, timeZone?: string): string;
  /** A number in the current language's style (separators; digits stay Latin). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

const storageKey = 'zms.locale';
const i18nKey: InjectionKey<I18n<string>> = Symbol('i18n');
const commonLocaleFiles: LocaleFiles = import.meta.glob('./locales/*.json', { import: 'default' });

/** The language code of a locale file's path (`./locales/tr.json` -> `tr`). */
function languageOfFile(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

function filesByLanguage(files: LocaleFiles): Partial<Record<TranslatedLanguage, () => Promise<unknown>>> {
  return Object.fromEntries(
    Object.entries(files)
      .map(([path, load]) => [languageOfFile(path), load] as const)
      .filter(([code]) => (translatedLanguages as string[]).includes(code)),
  );
}

/** The language chosen before in this browser, else the first of the browser's languages the app has, else German. */
export function initialLocale(stored: string | null | undefined, browserLanguages: readonly string[] = [], available: readonly LanguageCode[] = locales): LanguageCode {
  const has = (code: string): code is LanguageCode => isLanguageCode(code) && available.includes(code);
  if (stored && has(stored)) return stored;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (has(primary)) return primary;
  }
  return 'de';
}

/**
 * The plural rule of a translated language: Intl.PluralRules names the CLDR category, and the
 * text's forms come in the register's order, with a leading zero form where the German has one.
 */
export function pluralRule(code: TranslatedLanguage): PluralizationRule {
  const rules = new Intl.PluralRules(localeRegister[code].intlLocale);
  const forms: readonly Intl.LDMLPluralRule[] = localeRegister[code].pluralForms;
  return (choice, choicesLength) => {
    const written = choicesLength > forms.length ? ['zero', ...forms] : forms;
    if (choice === 0 && written[0] === 'zero') return 0;
    const index = written.indexOf(rules.select(choice));
    return index >= 0 ? index : written.length - 1;
  };
}

/**
 * In right-to-left text a filled-in number, time or name keeps its own direction (Unicode's
 * first-strong isolate), so "A-12" or "14:30" is not reordered by the Arabic around it.
 */
const isolated = (value: string | number) => `\u2068${value}\u2069`;

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

export function createI18n<Source extends Record<string, string>>(translations: Translations<Source>, localeFiles: LocaleFiles = {}) {
  type Key = Extract<keyof Source | keyof typeof commonMessages.de, string>;
  const appFiles = filesByLanguage(localeFiles);
  const commonFiles = filesByLanguage(commonLocaleFiles);
  const languages = languageCodes.filter((code) => code === 'de' || code === 'en' || appFiles[code] !== undefined);
  const loaded = new Set<LanguageCode>(locales);
  const vueI18n = createVueI18n({
    legacy: false,
    locale: 'de',
    // A key a translation lacks (added to German since) shows in German rather than as the key.
    fallbackLocale: 'de',
    messages: {
      de: dictionary(commonMessages.de, translations.de),
      en: dictionary(commonMessages.en, translations.en),
    },
    pluralRules: Object.fromEntries(translatedLanguages.map((code) => [code, pluralRule(code)])),
    // A key missing in German too shows as the key, which the tests catch; no console noise besides.
    missingWarn: false,
    fallbackWarn: false,
    warnHtmlMessage: false,
  });
  const composer = vueI18n.global;
  const locale = composer.locale as unknown as Ref<LanguageCode>;
  watch(
    locale,
    (current) => {
      if (typeof document === 'undefined') return;
      document.documentElement.lang = current;
      document.documentElement.dir = localeRegister[current].direction;
    },
    { immediate: true },
  );

  async function load(code: LanguageCode): Promise<void> {
    if (loaded.has(code)) return;
    const appFile = appFiles[code as TranslatedLanguage];
    if (!appFile) throw new Error(`this app has no texts in ${code}`);
    const [common, app] = await Promise.all([commonFiles[code as TranslatedLanguage]?.() ?? {}, appFile()]);
    composer.setLocaleMessage(code, dictionary(common as Record<string, string>, app as Record<string, string>));
    loaded.add(code);
  }

  let wanted: LanguageCode = 'de';
  // A language already loaded switches at once, so that what renders next speaks it.
  function switchTo(next: LanguageCode, remember: boolean): Promise<void> {
    wanted = next;
    if (remember) globalThis.localStorage?.setItem(storageKey, next);
    if (loaded.has(next)) {
      locale.value = next;
      return Promise.resolve();
    }
    return load(next).then(() => {
      if (wanted === next) locale.value = next;
    });
  }

  const first = initialLocale(globalThis.localStorage?.getItem(storageKey), browserLanguages(), languages);
  // If its texts cannot be loaded (offline), the app stays in German rather than not starting.
  const ready = switchTo(first, false).catch(() => undefined);

  const intlLocale = () => localeRegister[locale.value].intlLocale;
  const i18n: I18n<Key> = {
    locale,
    languages,
    setLocale: (next) => switchTo(next, true),
    t(key, params) {
      if (!params) return composer.t(key);
      const shown = localeRegister[locale.value].direction === 'rtl' ? Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isolated(value)])) : params;
      return typeof params.count === 'number' ? composer.t(key, shown, params.count) : composer.t(key, shown);
    },
    formatDateTime(instant, options, timeZone = 'Europe/Berlin') {
      return new Intl.DateTimeFormat(intlLocale(), { timeZone, ...options }).format(new Date(instant));
    },
    formatNumber(value, options) {
      return new Intl.NumberFormat(intlLocale(), options).format(value);
    },
  };
  return {
    ...i18n,
    /** Settles once the first language's texts are there: mount the app after it, so that it does not start in German. */
    ready,
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
