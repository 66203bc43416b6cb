import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, settle, type ViewportName } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { commonMessages } from '../../ui/src/common-messages';
import { languageCodes, localeRegister, type LanguageCode } from '../../ui/src/locale-register';
import { messages } from '../src/messages';
import { saveReviewScreenshot } from './locale-screenshots';

// Issue 20, item 4: every language the portal ships books and shows the queue status without an
// accessibility finding, at a desktop's and a phone's width; Arabic runs right to left, mirrored.
// One booking per width, not one per language and width: at each step the page is switched
// through every language (the switch is in every page's header) and checked in each, so every
// language still passes every step at both widths, and the steps are clicked on in a different
// language each time, every one of them doing some. The two widths run side by side, each in its
// own page of the one browser, against the one API.
const suite = 'portal-locales';
/** A Tuesday, 10:00 in Berlin: the office books and serves. */
const now = '2026-12-01T09:00:00.000Z';
const viewportNames: ViewportName[] = ['desktop', 'phone'];

/** The portal's texts in a language, the shared ones included, as the locale files give them. */
function textsIn(language: LanguageCode): Record<string, string> {
  if (language === 'de' || language === 'en') return { ...commonMessages[language], ...messages[language] };
  const read = (app: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../${app}/src/locales/${language}.json`), 'utf8')) as Record<string, string>;
  return { ...read('ui'), ...read('portal') };
}
const texts = Object.fromEntries(languageCodes.map((language) => [language, textsIn(language)])) as Record<LanguageCode, Record<string, string>>;

/** Every language, turned so that the `turn`th comes last: the one the page is left in. */
const languagesEndingWith = (turn: number): LanguageCode[] => {
  const last = turn % languageCodes.length;
  return [...languageCodes.slice(last + 1), ...languageCodes.slice(0, last + 1)];
};

/** Left edge of an element on the page. */
const leftOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.x;

/**
 * Switches the page, through the switch as the page names it in the language it speaks now, to
 * another language, and checks that it says so: its language and direction, and the notice of
 * a translation nobody has reviewed, in itself.
 */
async function switchLanguage(page: Page, from: LanguageCode, to: LanguageCode): Promise<void> {
  if (from !== to) await page.getByRole('combobox', { name: texts[from]['language.label'] }).selectOption(to);
  await page.waitForFunction((language) => document.documentElement.lang === language, to);
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), `${to}: language and direction`).toEqual([to, localeRegister[to].direction]);
  const notice = page.getByTestId('translation-notice');
  if (localeRegister[to].reviewedByNativeSpeaker) expect(await notice.count(), `${to}: no notice`).toBe(0);
  else expect(await notice.textContent(), `${to}: notice`).toBe(texts[to]['language.unreviewed']);
}

/**
 * What every screen must pass in every language: no serious or critical axe finding, nothing
 * wider than the viewport; a screenshot for review, at phone width also the committed one.
 */
async function checkScreen(page: Page, language: LanguageCode, viewport: ViewportName, file: string): Promise<void> {
  await settle(page);
  const label = `${language} ${viewport} ${file}`;
  expect(await accessibilityViolations(page), `${label}: axe`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${label}: horizontal scrolling`).toBeLessThanOrEqual(0);
  await screenshot(page, `${suite}/${language}`, file);
  if (viewport === 'phone') await saveReviewScreenshot(page, language, file);
}

describeInBrowser('portal: every language books and follows the queue, accessibly, Arabic right to left', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(now), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Mitte', { weekdays: [1, 2, 3, 4, 5], endInDays: 21 });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it.concurrent.each(viewportNames)(
    'books at %s width, every step in every language',
    async (viewport) => {
      const { page, context, problems } = await openPage(browser, viewport);
      // The page's clock runs from the server's, so that a reservation's hold is not over before it starts.
      await context.clock.install({ time: new Date(now) });
      let current: LanguageCode = 'de';
      // The widths leave the steps in different languages.
      let turn = viewportNames.indexOf(viewport) * 3;
      let step = 0;
      /** The step shown now, in every language; answers the language it is left in. */
      const everyLanguage = async (name: string, heading: string, inEach: (say: Record<string, string>, language: LanguageCode) => Promise<void> = async () => {}) => {
        step += 1;
        for (const language of languagesEndingWith(turn)) {
          await switchLanguage(page, current, language);
          current = language;
          await page.getByRole('heading', { name: texts[language][heading] }).waitFor();
          await inEach(texts[language], language);
          await checkScreen(page, language, viewport, `${String(step).padStart(2, '0')}-${name}`);
        }
        turn += 1;
        return texts[current];
      };

      await page.goto(`${api.url}/portal/`);
      await page.getByRole('heading', { name: messages.de['services.heading'] }).waitFor();
      await page.locator('#service-search').fill('Anmeldung');
      await page.getByRole('checkbox', { name: 'Bürgeramt Mitte: Anmeldung' }).check();
      await page.locator('.chip').first().waitFor();
      let say = await everyLanguage('services', 'services.heading', async () => {
        // Each language's own name in the switch.
        expect(await page.getByRole('combobox').locator('option').allTextContents()).toEqual(languageCodes.map((code) => localeRegister[code].endonym));
      });
      await page.getByRole('button', { name: say['steps.next'], exact: true }).click();

      say = await everyLanguage('office', 'office.heading', async (inIt, language) => {
        // Mirrored: the first step and the back button sit on the right in Arabic, on the left otherwise.
        const rtl = localeRegister[language].direction === 'rtl';
        const firstStep = await leftOf(page, '.steps__item:nth-child(1)');
        const secondStep = await leftOf(page, '.steps__item:nth-child(2)');
        const back = (await page.getByRole('button', { name: inIt['steps.back'], exact: true }).boundingBox())!.x;
        const next = (await page.getByRole('button', { name: inIt['steps.next'], exact: true }).boundingBox())!.x;
        expect(rtl ? firstStep > secondStep : firstStep < secondStep, `${language}: steps run in the reading direction`).toBe(true);
        expect(rtl ? back > next : back < next, `${language}: back comes first in the reading direction`).toBe(true);
      });
      await page.getByRole('button', { name: say['steps.next'], exact: true }).click();

      const firstDay = page.locator('.calendar__day').first();
      await firstDay.waitFor();
      await everyLanguage('day', 'day.heading', () => firstDay.waitFor());
      await firstDay.click();
      const firstTime = page.locator('.times__time').first();
      await firstTime.waitFor();
      await everyLanguage('time', 'time.heading', () => firstTime.waitFor());
      await firstTime.click();
      await page.locator('#contact-name, [role="alert"]').first().waitFor();
      expect(await page.locator('[role="alert"]').allTextContents(), 'reserving the time').toEqual([]);

      await page.locator('#contact-name').fill('Ayşe Yılmaz');
      await page.locator('#contact-email').fill(`citizen-${viewport}@example.org`);
      say = await everyLanguage('contact', 'contact.heading');
      await page.getByRole('button', { name: say['contact.submit'] }).click();
      await page.getByRole('heading', { name: say['done.heading'] }).waitFor();
      await everyLanguage('done', 'done.heading');

      expect(problems).toEqual([]);
      await context.close();
    },
    // Seven languages' checks in one test, on a loaded machine beside another suite.
    300_000,
  );

  it.concurrent.each(viewportNames)(
    'shows the queue status at %s width in every language',
    async (viewport) => {
      // Opened in the language chosen before (Arabic on the phone), then switched through the others.
      const first: LanguageCode = viewport === 'phone' ? 'ar' : 'tr';
      const { page, context, problems } = await openPage(browser, viewport);
      await context.addInitScript((chosen) => localStorage.setItem('zms.locale', chosen), first);
      const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { statusUrl entry { displayNumber } } } }`, {
        input: { officeId: office.officeId, serviceIds: [office.shortServiceId] },
      });
      await page.goto(`${api.url}/portal/status${new URL(issueTicket.statusUrl as string).hash}`);
      let current = first;
      for (const language of [first, ...languageCodes.filter((code) => code !== first)]) {
        await switchLanguage(page, current, language);
        current = language;
        await page.getByRole('heading', { name: texts[language]['queue.title'] }).waitFor();
        await page.getByTestId('position').waitFor();
        // The ticket number reads as issued, whatever the direction of the text around it.
        expect(await page.getByTestId('display-number').textContent()).toBe(issueTicket.entry.displayNumber);
        await checkScreen(page, language, viewport, '07-status');
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
