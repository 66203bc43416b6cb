import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, offerService } from './portal-test-kit';

// Issue 15, item 6: Reload and Back lost the booking but kept its hold.
const suite = 'portal-history';
const serviceName = 'Personalausweis beantragen';

describeInBrowser('portal: the booking steps are pages of the browser’s history', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    const mitte = await createOffice(api, 'Bürgeramt Mitte', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    await offerService(api, [mitte.officeId], serviceName);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** Holds and bookings in the database, by status: what the portal's holds really are. */
  async function appointmentsByStatus(): Promise<Record<string, number>> {
    const rows = await api.app.orm.em.fork().execute<{ status: string; count: string }[]>('select status, count(*) from appointment group by status');
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }

  const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true }).waitFor();

  it.each<ViewportName>(['desktop', 'phone'])('goes back and forth between steps, keeps the booking and its one hold across reloads (%s)', async (viewport) => {
    const { page, context, problems } = await openPage(browser, viewport);
    const before = await appointmentsByStatus();
    // A page before the portal: Back from the first step must leave for it, and from any later step stay.
    await page.goto(`${api.url}/portal/manage`);
    await page.goto(`${api.url}/portal/`);
    await heading(page, 'Was möchten Sie erledigen?');
    await page.locator('#service-search').fill('Personal');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await heading(page, 'Wo möchten Sie hin?');
    expect(new URL(page.url()).pathname).toBe('/portal/book/office');

    // Back is the previous step, with the choice still made; Forward the next again.
    await page.goBack();
    await heading(page, 'Was möchten Sie erledigen?');
    expect(await page.locator('.chip').allTextContents()).toEqual([expect.stringContaining(serviceName)]);
    await page.goForward();
    await heading(page, 'Wo möchten Sie hin?');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/book/time');

    // A reload on the time step keeps the day and the services.
    await page.reload();
    await heading(page, 'Um wie viel Uhr?');
    await page.locator('.times__time').first().waitFor();
    expect(await page.locator('.choices').textContent()).toContain(serviceName);
    await checkScreen(page, suite, '01-time-after-reload');
    const chosen = await page.locator('.times__time').first().getAttribute('data-start');
    await page.locator('.times__time').first().click();
    await page.locator('#contact-name').waitFor();
    expect(await appointmentsByStatus()).toEqual({ ...before, reserved: (before.reserved ?? 0) + 1 });

    // A reload on the contact step keeps the same hold: no second one, the countdown goes on.
    const clockBefore = await page.locator('.hold__clock strong').textContent();
    await page.reload();
    await page.locator('#contact-name').waitFor();
    expect(await page.locator('.choices').textContent()).toContain(serviceName);
    expect(clockBefore).toMatch(/^(20:00|19:[0-5]\d)$/);
    expect((await page.locator('.hold__clock strong').textContent())! <= clockBefore!).toBe(true);
    expect(await appointmentsByStatus()).toEqual({ ...before, reserved: (before.reserved ?? 0) + 1 });
    await checkScreen(page, suite, '02-contact-after-reload');

    // Back from the contact step gives the hold back: the time is free again, for this citizen too.
    await page.goBack();
    await heading(page, 'Um wie viel Uhr?');
    await expect.poll(async () => (await appointmentsByStatus()).reserved ?? 0).toBe(before.reserved ?? 0);
    await page.locator(`.times__time[data-start="${chosen}"]`).waitFor();
    // Forward past a hold given back lands on the times, not on a form without a hold.
    await page.goForward();
    await heading(page, 'Um wie viel Uhr?');
    expect(new URL(page.url()).pathname).toBe('/portal/book/time');

    // The same time again, booked after a reload of the form.
    await page.locator(`.times__time[data-start="${chosen}"]`).click();
    await page.locator('#contact-name').waitFor();
    await page.reload();
    await page.locator('#contact-name').fill('Ada Lovelace');
    await page.locator('#contact-email').fill(`ada-${viewport}@example.org`);
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await heading(page, 'Ihr Termin ist gebucht');
    expect(await appointmentsByStatus()).toMatchObject({ confirmed: (before.confirmed ?? 0) + 1 });
    expect((await appointmentsByStatus()).reserved ?? 0).toBe(before.reserved ?? 0);

    // The confirmation survives a reload too, with its number.
    const number = await page.getByTestId('appointment-number').textContent();
    await page.reload();
    await heading(page, 'Ihr Termin ist gebucht');
    expect(await page.getByTestId('appointment-number').textContent()).toBe(number);
    await checkScreen(page, suite, '03-done-after-reload');

    // Back through the steps stays in the portal until its first step, then leaves it for the page before.
    for (let step = 0; step < 10 && new URL(page.url()).pathname !== '/portal/'; step += 1) await page.goBack();
    await heading(page, 'Was möchten Sie erledigen?');
    await page.goBack();
    await page.waitForURL(`${api.url}/portal/manage`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a step whose choices are missing at the first step that needs one', async () => {
    const { page, context, problems } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/portal/book/contact`);
    await heading(page, 'Was möchten Sie erledigen?');
    expect(new URL(page.url()).pathname).toBe('/portal/');
    expect(problems).toEqual([]);
    await context.close();
  });
});
