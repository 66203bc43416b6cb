import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { checkScreen } from './portal-test-kit';

const suite = 'portal-remote-queue';
/** A Tuesday, 10:00 in Berlin: the office is open. */
const now = '2026-12-01T09:00:00.000Z';

describeInBrowser('portal: joining the queue from home', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(now), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Wedding');
    await createOffice(api, 'Bürgeramt Nur Vor Ort');
    await api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, {
      input: { officeId: office.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] },
    });
    await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, remoteTickets: true } });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('draws a remote ticket from the start page by keyboard, and its status page says to check in first, then shows the place', async () => {
    const { page } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/`);
    await page.getByTestId('remote-queue-link').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Von zu Hause anstellen' }).waitFor();
    // Only the office that allows it is offered.
    const offered = await page.getByLabel('Bürgeramt', { exact: true }).locator('option').allTextContents();
    expect(offered.some((text) => text.includes('Wedding'))).toBe(true);
    expect(offered.some((text) => text.includes('Nur Vor Ort'))).toBe(false);
    await checkScreen(page, suite, '1-form');
    await page.getByLabel('Bürgeramt', { exact: true }).selectOption({ label: offered.find((text) => text.includes('Wedding'))!.trim() });
    const services = await page.getByLabel('Anliegen').locator('option').allTextContents();
    await page.getByLabel('Anliegen').selectOption({ label: services[1].trim() });
    await page.getByLabel('E-Mail-Adresse (freiwillig)').fill('zuhause@example.org');
    await page.getByLabel('E-Mail-Adresse (freiwillig)').press('Enter');
    await page.getByTestId('remote-number').waitFor();
    const number = (await page.getByTestId('remote-number').textContent())!.trim();
    expect(number).toBe('1');
    // The default window: 30 minutes to come on an empty queue, 15 to be late.
    expect(await page.getByTestId('remote-check-in-by').textContent()).toContain('10:45');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('remote-ticket-heading');
    await checkScreen(page, suite, '2-ticket');

    await page.getByTestId('remote-status-link').click();
    await page.getByText('Noch nicht in der Warteschlange').waitFor();
    expect(await page.getByText('Noch nicht in der Warteschlange').textContent()).toContain('zwischen 10:00 und 10:45');
    await checkScreen(page, suite, '3-status-expected');

    const { checkInRemoteTicket } = await api.admin(`mutation ($input: CheckInRemoteTicketInput!) { checkInRemoteTicket(input: $input) { __typename } }`, { input: { officeId: office.officeId, number } });
    expect(checkInRemoteTicket.__typename).toBe('QueueEntry');
    await page.getByTestId('position').getByText('1').waitFor();
    await checkScreen(page, suite, '4-status-waiting');
  });
});
