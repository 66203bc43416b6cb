/**
 * Issue 18, items 1, 3 and 8: a clerk finds a caller's appointment by name on the Termine page and
 * cancels it on the citizen's behalf with a reason, by keyboard; the citizen's notice with the
 * reason is sent.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { book, check, eventually, officeAdmin, signedIn, type Booking } from './admin-browser';

/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const wednesday = addDays(monday, 2);

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;
let booked: Booking;

describeInBrowser('staff: find an appointment by name and cancel it for the citizen', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(monday, '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    office = await createOffice(api, 'Bürgeramt Termine', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
    booked = await book(api, office.officeId, office.shortServiceId, wednesday, '09:30', 'tilda.termin@example.org');
    await book(api, office.officeId, office.shortServiceId, wednesday, '10:00', 'theo@example.org');
    await officeAdmin(api, 'termine-clerk', office.officeId);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('searches by name, cancels with a reason, and the citizen is mailed the notice', async () => {
    const { page, problems } = await signedIn(api, browser, 'termine-clerk', '/appointments');
    await page.getByRole('link', { name: 'Termine' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('tilda.termin');
    await page.keyboard.press('Enter');
    const row = page.locator(`[data-testid="appointment-results"] tr[data-number="${booked.number}"]`);
    await eventually(() => row.count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="appointment-results"] tbody tr').count()).toBe(1);
    await check(page, 'appointments-found');

    await row.getByRole('button', { name: 'Absagen' }).focus();
    await page.keyboard.press('Enter');
    const reason = page.getByLabel('Grund für die Bürgerin oder den Bürger');
    await expect.poll(() => reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await reason.fill('Der Standort bleibt wegen eines Wasserschadens geschlossen.');
    await page.getByRole('button', { name: 'Termin absagen' }).click();
    await eventually(() => row.getAttribute('data-status')).toBe('cancelled');
    await eventually(() => page.getByTestId('appointments-status').textContent()).toContain(`Termin ${booked.number} ist abgesagt`);
    await check(page, 'appointments-cancelled');

    await api.runJobs();
    const [notice] = await api.app.orm.em.fork().execute<{ status: string; text_body: string }[]>(`select status, text_body from outbox_message where recipient = ? and kind = 'cancelledByOffice'`, [booked.email]);
    expect(notice.status).toBe('sent');
    expect(notice.text_body).toContain('Der Standort bleibt wegen eines Wasserschadens geschlossen.');
    expect(problems).toEqual([]);
  });
});
