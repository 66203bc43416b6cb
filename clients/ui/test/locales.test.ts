import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { messages as kiosk } from '../../kiosk/src/messages';
import { messages as portal } from '../../portal/src/messages';
import { commonMessages } from '../src/common-messages';
import { createI18n, pluralRule } from '../src/i18n';
import { pluralFormsOf, sameAsEnglishAllowed, translatedLanguages } from '../src/locale-register';

// The apps' messages import the kit's barrel, whose components need the Vue plugin; their texts need only this.
vi.mock('@zms/ui', async () => ({ deviceMessages: (await import('../src/device-messages')).deviceMessages }));

/**
 * The locale files translators edit (docs/translations.md): each app's JSON per language must have
 * every German key, in German's order, nothing else, with German's placeholders and the
 * language's plural forms, and no text left in English.
 */
const sources: Record<string, { de: Record<string, string>; en: Record<string, string> }> = { portal, kiosk, ui: commonMessages };
const clientsRoot = path.resolve(import.meta.dirname, '../..');

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name))].sort();
const formCount = (text: string) => text.split('|').length;

function readLocaleFile(app: string, language: string): Record<string, string> | string {
  const file = path.join(clientsRoot, app, 'src', 'locales', `${language}.json`);
  if (!fs.existsSync(file)) return `${path.relative(clientsRoot, file)} is missing`;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

/** What is wrong with one locale file, one line each. */
function problemsOf(app: string, language: (typeof translatedLanguages)[number]): string[] {
  const translated = readLocaleFile(app, language);
  if (typeof translated === 'string') return [translated];
  const { de, en } = sources[app];
  const problems: string[] = [];
  const germanKeys = Object.keys(de);
  for (const key of germanKeys.filter((key) => !(key in translated))) problems.push(`${key}: missing`);
  for (const key of Object.keys(translated).filter((key) => !(key in de))) problems.push(`${key}: not a German key (any more)`);
  const shared = Object.keys(translated).filter((key) => key in de);
  if (problems.length === 0 && shared.join() !== germanKeys.join()) problems.push('keys are not in the order of the German source');
  for (const key of shared) {
    const text = translated[key];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${key}: empty`);
      continue;
    }
    if (text === en[key] && !sameAsEnglishAllowed[language].includes(key)) problems.push(`${key}: same as English (translate it, or add the key to sameAsEnglishAllowed)`);
    if (placeholders(text).join() !== placeholders(de[key]).join()) problems.push(`${key}: placeholders {${placeholders(text).join('}, {')}} instead of German's {${placeholders(de[key]).join('}, {')}}`);
    const germanForms = formCount(de[key]);
    const wanted = germanForms > 1 ? pluralFormsOf(language, germanForms) : [];
    if (germanForms > 1 && formCount(text) !== wanted.length) problems.push(`${key}: ${formCount(text)} plural forms instead of ${wanted.length} (${wanted.join(' | ')})`);
    if (germanForms === 1 && formCount(text) > 1) problems.push(`${key}: has "|", which German has not`);
  }
  return problems;
}

describe('every shipped locale file translates every German key', () => {
  for (const app of Object.keys(sources)) {
    it.each(translatedLanguages)(`${app}: %s`, (language) => {
      expect(problemsOf(app, language)).toEqual([]);
    });
  }
});

describe('the language infrastructure', () => {
  const portalFiles = import.meta.glob('../../portal/src/locales/*.json', { import: 'default' });

  it('picks the plural form by the language’s own rule, a zero form where German has one', () => {
    const russian = pluralRule('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => russian(count, 3))).toEqual([0, 1, 2, 2, 0, 1, 2]);
    expect([0, 1, 2, 5].map((count) => russian(count, 4))).toEqual([0, 1, 2, 3]);
    const arabic = pluralRule('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((count) => arabic(count, 6))).toEqual([0, 1, 2, 3, 3, 4, 4, 5, 5]);
    const turkish = pluralRule('tr');
    expect([0, 1, 2].map((count) => turkish(count, 2))).toEqual([1, 0, 1]);
    expect([0, 1, 2].map((count) => turkish(count, 3))).toEqual([0, 1, 2]);
  });

  it('loads a language when chosen and counts in it', async () => {
    const i18n = createI18n(portal, portalFiles);
    expect(i18n.languages).toEqual(expect.arrayContaining(['de', 'en', 'tr', 'ar']));
    await i18n.setLocale('ar');
    expect(i18n.locale.value).toBe('ar');
    // Arabic's six forms: two services take the dual, eleven the "many" form.
    expect(i18n.t('services.found', { count: 2 })).toBe('تم العثور على خدمتين');
    expect(i18n.t('services.found', { count: 11 })).toBe('تم العثور على \u206811\u2069 خدمةً');
    await i18n.setLocale('tr');
    expect(i18n.t('services.found', { count: 3 })).toBe('3 işlem bulundu');
    expect(i18n.formatNumber(1234.5)).toBe('1.234,5');
  });

  it('keeps numbers and times in Arabic text in their own direction, with Latin digits and a 24-hour clock', async () => {
    const i18n = createI18n(portal, portalFiles);
    await i18n.setLocale('ar');
    expect(i18n.t('steps.position', { current: 2, total: 6 })).toBe('الخطوة \u20682\u2069 من \u20686\u2069');
    expect(i18n.formatDateTime('2026-03-02T13:05:00Z', { hour: '2-digit', minute: '2-digit' })).toBe('14:05');
    expect(i18n.formatNumber(1234.5)).toMatch(/^1.234.5$/);
  });

  it('shows German for a key a translation does not have yet, and the later choice wins', async () => {
    const i18n = createI18n(portal, { './locales/tr.json': async () => ({ 'steps.next': 'İleri' }), './locales/ar.json': () => new Promise((resolve) => setTimeout(() => resolve({}), 50)) });
    const slow = i18n.setLocale('ar');
    await i18n.setLocale('tr');
    await slow;
    expect(i18n.locale.value).toBe('tr');
    expect(i18n.t('steps.next')).toBe('İleri');
    expect(i18n.t('steps.back')).toBe('Zurück');
  });

  it('offers only the languages an app has files for', () => {
    expect(createI18n(portal).languages).toEqual(['de', 'en']);
  });
});
