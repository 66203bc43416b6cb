import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, type ViewportName } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { messages } from '../src/messages';

// Issue 20, items 5, 7 and 8: the legal pages from the footer, the office's map link and release
// time, and the maintenance page, without an axe finding at a desktop's and a phone's width.
const suite = 'portal-legal';
/** Monday 30 November, 07:00 in Berlin: the office releases a new day at 08:00. */
const now = '2026-11-30T06:00:00.000Z';
const de = messages.de;

async function checked(page: Page, step: string) {
  await page.waitForTimeout(150);
  expect(await accessibilityViolations(page), `${step}: axe`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${step}: horizontal scrolling`).toBeLessThanOrEqual(0);
  await screenshot(page, suite, step);
}

describeInBrowser('portal: legal pages, office facts and maintenance', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([
      startTestApi(now, {
        LEGAL_IMPRINT_URL: 'https://www.berlin.de/impressum/',
        LEGAL_PRIVACY_URL: 'https://www.berlin.de/datenschutz/',
        ACCESSIBILITY_CONTACT_EMAIL: 'barrierefreiheit@example.org',
        ACCESSIBILITY_STATEMENT_PREPARED_ON: '2026-11-01',
      }),
      launchBrowser(),
    ]);
    await createOffice(api, 'Bürgeramt Mitte', { startTime: '08:00', endInDays: 21 });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it.each(['desktop', 'phone'] as ViewportName[])('reaches the legal pages from the footer and shows the office facts at %s width', async (viewport) => {
    const { page, context, problems } = await openPage(browser, viewport);
    await page.goto(`${api.url}/portal/`);
    await page.getByRole('heading', { name: de['services.heading'] }).waitFor();

    const footer = page.getByRole('navigation', { name: de['legal.footer'] });
    expect(await footer.getByRole('link', { name: de['legal.imprint'] }).getAttribute('href')).toBe('https://www.berlin.de/impressum/');
    expect(await footer.getByRole('link', { name: de['legal.privacy'] }).getAttribute('href')).toBe('https://www.berlin.de/datenschutz/');

    await footer.getByRole('link', { name: de['legal.easyLanguage'] }).click();
    await page.getByRole('heading', { level: 1, name: de['easy.heading'] }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await checked(page, `easy-language-${viewport}`);

    // From the keyboard: the footer link to the accessibility statement.
    await footer.getByRole('link', { name: de['legal.accessibility'] }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: de['accessibility.title'] }).waitFor();
    await page.getByTestId('accessibility-contact').waitFor();
    expect(await page.getByTestId('accessibility-contact').getAttribute('href')).toBe('mailto:barrierefreiheit@example.org');
    expect(await page.getByTestId('conformance').textContent()).toBe(de['accessibility.status.PARTIAL']);
    expect(await page.getByText('Landesbeauftragte für digitale Barrierefreiheit Berlin').count()).toBe(1);
    await checked(page, `accessibility-${viewport}`);

    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Anmeldung');
    await page.getByRole('checkbox', { name: 'Bürgeramt Mitte: Anmeldung' }).check();
    await page.getByRole('button', { name: de['steps.next'], exact: true }).click();
    await page.getByRole('heading', { name: de['office.heading'] }).waitFor();
    const map = page.getByRole('link', { name: /Karte: Bürgeramt Mitte/ });
    expect(await map.getAttribute('href')).toBe(`https://www.openstreetmap.org/search?query=${encodeURIComponent('Teststraße 1, 10115 Berlin')}`);
    expect(await map.getAttribute('target')).toBe('_blank');
    const facts = await page.getByTestId('office-facts').textContent();
    expect(facts).toContain('Neue Termine gibt es täglich ab 08:00 Uhr, jeweils bis zu 21 Tage im Voraus.');
    expect(facts).toContain('Nächste Freigabe: Montag, 30. November um 08:00');
    await checked(page, `office-${viewport}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the maintenance page to citizens while maintenance lasts, and the booking again after', async () => {
    const { setMaintenanceMode } = await api.admin(`mutation ($input: SetMaintenanceModeInput!) { setMaintenanceMode(input: $input) { __typename } }`, {
      input: { active: true, message: 'Wegen Wartungsarbeiten bis 10 Uhr nicht erreichbar.', expectedEndAt: '2026-11-30T09:00:00Z' },
    });
    expect(setMaintenanceMode.__typename).toBe('MaintenanceModeView');
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      const { page, context } = await openPage(browser, viewport);
      await page.goto(`${api.url}/portal/`);
      await page.getByTestId('maintenance').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(de['maintenance.heading']);
      expect(await page.getByTestId('maintenance').textContent()).toContain('Wegen Wartungsarbeiten bis 10 Uhr nicht erreichbar.');
      await checked(page, `maintenance-${viewport}`);
      // The legal pages stay readable.
      await page.getByRole('navigation', { name: de['legal.footer'] }).getByRole('link', { name: de['legal.accessibility'] }).click();
      await page.getByRole('heading', { level: 1, name: de['accessibility.title'] }).waitFor();
      await context.close();
    }
    await api.admin(`mutation { setMaintenanceMode(input: { active: false }) { __typename } }`);
    const { page, context } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/portal/`);
    await page.getByRole('heading', { name: de['services.heading'] }).waitFor();
    expect(await page.getByTestId('maintenance').count()).toBe(0);
    await context.close();
  });
});
