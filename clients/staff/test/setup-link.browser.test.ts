import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueSetupToken, startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot } from '@zms/test-kit/browser';

const suite = 'staff-setup';
const password = 'erste-admin-passwort';
let api: TestApi;
let browser: Browser;
let db: pg.Pool;

async function check(page: Page, step: string): Promise<void> {
  expect(await accessibilityViolations(page), step).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${step}: no horizontal scrolling`).toBe(0);
  await screenshot(page, suite, step);
}

describeInBrowser('staff: the first admin from the setup link', ['staff'], () => {
  beforeAll(async () => {
    // The real clock: the session the API issues must be valid in the browser now.
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    db = new pg.Pool({ connectionString: api.database.url });
    // An installation without an admin: the test's bootstrap admin becomes staff.
    await db.query('update staff_account set is_admin = false');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await api?.stop();
  });

  it('creates the first admin from the link, signs them in, and works once', async () => {
    const token = await issueSetupToken(db, api.clock.now());
    const link = `${api.url}/staff/#setup=${token}`;
    const { page, problems } = await openPage(browser);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Ersteinrichtung: das erste Administratorkonto' }).waitFor();
    // The token leaves the address at once: neither bookmarked nor carried into a query.
    expect(page.url()).toBe(`${api.url}/staff/login`);
    await check(page, 'setup-form');

    await page.getByLabel('Benutzername').fill('Erste.Admin');
    await page.getByLabel('Anzeigename (freiwillig)').fill('Erste Admin');
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await page.getByLabel('Passwort wiederholen').fill(`${password}x`);
    await expect.poll(() => page.getByText('Die Passwörter stimmen nicht überein.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Administratorkonto anlegen' }).isDisabled()).toBe(true);
    await check(page, 'setup-mismatch');
    await page.getByLabel('Passwort wiederholen').fill(password);
    await page.getByRole('button', { name: 'Administratorkonto anlegen' }).click();

    await page.waitForURL((url) => url.pathname.startsWith('/staff/admin'));
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    expect(await page.locator('.app-header__end').textContent()).toContain('Erste Admin');
    const { rows } = await db.query('select username, display_name from staff_account where is_admin');
    expect(rows).toEqual([{ username: 'erste.admin', display_name: 'Erste Admin' }]);
    expect(problems).toEqual([]);

    const again = await openPage(browser, 'phone');
    await again.page.goto(link);
    await again.page.getByRole('heading', { name: 'Ersteinrichtung: das erste Administratorkonto' }).waitFor();
    await check(again.page, 'setup-form');
    await again.page.getByLabel('Benutzername').fill('zweite.admin');
    await again.page.getByLabel('Passwort', { exact: true }).fill(password);
    await again.page.getByLabel('Passwort wiederholen').fill(password);
    await again.page.getByRole('button', { name: 'Administratorkonto anlegen' }).click();
    await again.page.getByRole('alert').filter({ hasText: 'Dieser Einrichtungslink ist unbekannt, schon benutzt oder abgelaufen' }).waitFor();
    await check(again.page, 'setup-used');
    await again.page.getByRole('button', { name: 'Zur Anmeldung' }).click();
    await again.page.getByRole('heading', { name: 'Anmeldung für Mitarbeitende' }).waitFor();
    expect((await db.query('select username from staff_account where is_admin')).rows).toEqual([{ username: 'erste.admin' }]);
    expect(again.problems).toEqual([]);
  });
});
