import { expect, it, vi } from 'vitest';
import { createI18n } from '../../ui/src/i18n';
import { messages as display } from '../../display/src/messages';
import { messages as kiosk } from '../../kiosk/src/messages';
import { messages as staff } from '../../staff/src/messages';
import { deviceMessages } from '../../ui/src/device-messages';
import { messages as portal } from '../src/messages';

// The apps' messages import the kit's barrel, whose components need the Vue plugin; their texts need only this.
vi.mock('@zms/ui', async () => ({ deviceMessages: (await import('../../ui/src/device-messages')).deviceMessages }));

/**
 * The shared i18n moved onto vue-i18n under every app: each text without plural forms must read
 * as it is written, with its placeholders filled, in both languages (vue-i18n's syntax knows
 * `@`, `$`, `|` and braces, which our texts use as plain characters or placeholders).
 */
it('renders every text of every app as written, placeholders filled', () => {
  const differences: string[] = [];
  const apps = { portal, staff, kiosk, display, device: deviceMessages } as unknown as Record<string, Record<'de' | 'en', Record<string, string>>>;
  for (const [app, translations] of Object.entries(apps)) {
    const i18n = createI18n(translations);
    for (const locale of ['de', 'en'] as const) {
      i18n.setLocale(locale);
      for (const [key, text] of Object.entries(translations[locale])) {
        if (text.includes('|')) continue;
        const params = Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `<${name}>`]));
        const expected = text.replace(/\{(\w+)\}/g, (_match, name: string) => `<${name}>`);
        const shown = i18n.t(key as never, params);
        if (shown !== expected) differences.push(`${app} ${locale} ${key}: ${JSON.stringify(shown)}`);
      }
    }
  }
  expect(differences).toEqual([]);
});
