import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, settle, type ViewportName } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { commonMessages } from '../../ui/src/common-messages';
import { languageCodes, localeRegister, type LanguageCode } from '../../ui/src/locale-register';
import { messages } from '../src/messages';

// The kiosk's messages import the kit's barrel, whose components need the Vue plugin; their texts need only this.
vi.mock('@zms/ui', async () => ({ deviceMessages: (await import('../../ui/src/device-messages')).deviceMessages }));

// Issue 20, item 4: the kiosk speaks every shipped language from large buttons, accessibly, Arabic mirrored.
const suite = 'kiosk-locales';
// Monday 2 March 2026, 09:00 in Berlin: open 08:00–16:00.
const mondayNine = '2026-03-02T08:00:00Z';

function textsIn(language: LanguageCode): Record<string, string> {
  if (language === 'de' || language === 'en') return { ...commonMessages[language], ...messages[language] };
  const read = (app: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../${app}/src/locales/${language}.json`), 'utf8')) as Record<string, string>;
  return { ...read('ui'), ...read('kiosk') };
}

describeInBrowser('kiosk: every language, accessibly, Arabic right to left', ['kiosk'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;
  let kioskKey: string;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(mondayNine), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Tiergarten');
    await api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, { input: { officeId: office.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] } });
    kioskKey = (await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { name: 'Kiosk Eingang', kind: 'kiosk', officeId: office.officeId } })).createDevice.key;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** Start, ticket and a refused check-in in one language at one width. */
  async function sweep(language: LanguageCode, viewport: ViewportName): Promise<void> {
    const say = textsIn(language);
    const rtl = localeRegister[language].direction === 'rtl';
    const { page, context, problems } = await openPage(browser, viewport);
    const check = async (step: string) => {
      await settle(page);
      expect(await accessibilityViolations(page), `${language} ${viewport} ${step}: axe`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${step}: horizontal scrolling`).toBeLessThanOrEqual(0);
      await screenshot(page, `${suite}/${language}`, step);
    };

    await page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await page.getByRole('heading', { name: messages.de['app.title'] }).waitFor();
    // Every language is a large touch button under its own name.
    const button = page.getByRole('button', { name: localeRegister[language].endonym, exact: true });
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await button.click();
    await page.getByRole('heading', { name: say['app.title'] }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, rtl ? 'rtl' : 'ltr']);
    // Mirrored: the office's name sits at the header's reading start (right in Arabic), on a narrow screen too.
    const place = (await page.locator('.kiosk__place').boundingBox())!;
    const header = (await page.locator('.kiosk__header').boundingBox())!;
    const fromLeft = place.x - header.x;
    const fromRight = header.x + header.width - (place.x + place.width);
    expect(rtl ? fromRight < fromLeft : fromLeft < fromRight, 'the header starts on the reading side').toBe(true);
    await check('1-start');

    await page.getByRole('button', { name: 'Bürgeramt Tiergarten: Anmeldung' }).click();
    await page.getByRole('heading', { name: say['kiosk.ticket.title'] }).waitFor();
    // The ticket number reads left to right in every language.
    expect(await page.locator('.receipt__number').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await check('2-ticket');
    await page.getByRole('button', { name: say['kiosk.done'] }).click();

    // The start screen goes back to German for the next citizen; choose the language again.
    await page.getByRole('heading', { name: messages.de['app.title'] }).waitFor();
    if (language !== 'de') await page.getByRole('button', { name: localeRegister[language].endonym, exact: true }).click();
    await page.getByRole('heading', { name: say['app.title'] }).waitFor();
    await page.locator('#appointment-number').fill('999999');
    await page.getByRole('button', { name: say['kiosk.checkIn.submit'] }).click();
    await page.getByRole('heading', { name: say['kiosk.problem.title'] }).waitFor();
    await check('3-refused');

    expect(problems).toEqual([]);
    await context.close();
  }

  // Both widths side by side, each in its own page of the one browser: a kiosk issues tickets to several citizens at once anyway.
  it.each(languageCodes)('%s at desktop and phone width: start, ticket and a refused check-in', (language) => Promise.all((['desktop', 'phone'] as ViewportName[]).map((viewport) => sweep(language, viewport))).then(() => undefined));
});
