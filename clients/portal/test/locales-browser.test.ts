import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, type ViewportName } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { commonMessages } from '../../ui/src/common-messages';
import { languageCodes, localeRegister, type LanguageCode } from '../../ui/src/locale-register';
import { messages } from '../src/messages';
import { saveReviewScreenshot } from './locale-screenshots';

// Issue 20, item 4: every language the portal ships books and shows the queue status without an
// accessibility finding, at a desktop's and a phone's width; Arabic runs right to left, mirrored.
const suite = 'portal-locales';
/** A Tuesday, 10:00 in Berlin: the office books and serves. */
const now = '2026-12-01T09:00:00.000Z';

/** The portal's texts in a language, the shared ones included, as the locale files give them. */
function textsIn(language: LanguageCode): Record<string, string> {
  if (language === 'de' || language === 'en') return { ...commonMessages[language], ...messages[language] };
  const read = (app: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../${app}/src/locales/${language}.json`), 'utf8')) as Record<string, string>;
  return { ...read('ui'), ...read('portal') };
}

/** Left edge of an element on the page. */
const leftOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.x;

/**
 * What every screen must pass in every language: no serious or critical axe finding, nothing
 * wider than the viewport; a screenshot for review, at phone width also the committed one.
 */
function screenChecks(page: Page, language: LanguageCode, viewport: ViewportName, firstStep = 1) {
  let step = firstStep - 1;
  return async (name: string) => {
    await page.waitForTimeout(150);
    const label = `${language} ${viewport} ${name}`;
    expect(await accessibilityViolations(page), `${label}: axe`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${label}: horizontal scrolling`).toBeLessThanOrEqual(0);
    step += 1;
    const file = `${String(step).padStart(2, '0')}-${name}`;
    await screenshot(page, `${suite}/${language}`, file);
    if (viewport === 'phone') await saveReviewScreenshot(page, language, file);
  };
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

  const cases = languageCodes.flatMap((language) => (['desktop', 'phone'] as ViewportName[]).map((viewport) => [language, viewport] as const));

  it.each(cases)('books in %s at %s width', async (language, viewport) => {
    const say = textsIn(language);
    const rtl = localeRegister[language].direction === 'rtl';
    const { page, context, problems } = await openPage(browser, viewport);
    // The page's clock runs from the server's, so that a reservation's hold is not over before it starts.
    await context.clock.install({ time: new Date(now) });
    const check = screenChecks(page, language, viewport);

    await page.goto(`${api.url}/portal/`);
    await page.getByRole('heading', { name: messages.de['services.heading'] }).waitFor();
    if (language !== 'de') await page.getByRole('combobox', { name: commonMessages.de['language.label'] }).selectOption(language);
    await page.getByRole('heading', { name: say['services.heading'] }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, rtl ? 'rtl' : 'ltr']);
    // Each language's own name in the switch; a translation nobody has reviewed says so, in itself.
    expect(await page.getByRole('combobox').locator('option').allTextContents()).toEqual(languageCodes.map((code) => localeRegister[code].endonym));
    const notice = page.getByTestId('translation-notice');
    if (localeRegister[language].reviewedByNativeSpeaker) expect(await notice.count()).toBe(0);
    else expect(await notice.textContent()).toBe(say['language.unreviewed']);

    await page.locator('#service-search').fill('Anmeldung');
    await page.getByRole('checkbox', { name: 'Bürgeramt Mitte: Anmeldung' }).check();
    await page.locator('.chip').first().waitFor();
    await check('services');
    await page.getByRole('button', { name: say['steps.next'], exact: true }).click();

    await page.getByRole('heading', { name: say['office.heading'] }).waitFor();
    // Mirrored: the first step and the back button sit on the right in Arabic, on the left otherwise.
    const firstStep = await leftOf(page, '.steps__item:nth-child(1)');
    const secondStep = await leftOf(page, '.steps__item:nth-child(2)');
    const back = (await page.getByRole('button', { name: say['steps.back'], exact: true }).boundingBox())!.x;
    const next = (await page.getByRole('button', { name: say['steps.next'], exact: true }).boundingBox())!.x;
    expect(rtl ? firstStep > secondStep : firstStep < secondStep, 'steps run in the reading direction').toBe(true);
    expect(rtl ? back > next : back < next, 'back comes first in the reading direction').toBe(true);
    await check('office');
    await page.getByRole('button', { name: say['steps.next'], exact: true }).click();

    const firstDay = page.locator('.calendar__day').first();
    await firstDay.waitFor();
    await check('day');
    await firstDay.click();
    const firstTime = page.locator('.times__time').first();
    await firstTime.waitFor();
    await check('time');
    await firstTime.click();
    await page.locator('#contact-name, [role="alert"]').first().waitFor();
    expect(await page.locator('[role="alert"]').allTextContents(), 'reserving the time').toEqual([]);

    await page.locator('#contact-name').fill('Ayşe Yılmaz');
    await page.locator('#contact-email').fill(`citizen-${language}-${viewport}@example.org`);
    await check('contact');
    await page.getByRole('button', { name: say['contact.submit'] }).click();
    await page.getByRole('heading', { name: say['done.heading'] }).waitFor();
    await check('done');

    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(cases)('shows the queue status in %s at %s width', async (language, viewport) => {
    const say = textsIn(language);
    const { page, context, problems } = await openPage(browser, viewport);
    await context.addInitScript((chosen) => localStorage.setItem('zms.locale', chosen), language);
    const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { statusUrl entry { displayNumber } } } }`, {
      input: { officeId: office.officeId, serviceIds: [office.shortServiceId] },
    });
    await page.goto(`${api.url}/portal/status${new URL(issueTicket.statusUrl as string).hash}`);
    await page.getByRole('heading', { name: say['queue.title'] }).waitFor();
    await page.getByTestId('position').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, localeRegister[language].direction]);
    // The ticket number reads as issued, whatever the direction of the text around it.
    expect(await page.getByTestId('display-number').textContent()).toBe(issueTicket.entry.displayNumber);
    await screenChecks(page, language, viewport, 7)('status');
    expect(problems).toEqual([]);
    await context.close();
  });
});
