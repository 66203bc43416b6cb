/**
 * The day plan in the staff app (issue 18, item 2): a week of an office, live while open, saved
 * as CSV, and printed to PDF by Chromium: A4, a page per day (a full day runs on to a second
 * page), the office and the day atop every page, no navigation; its text read back from the PDF.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, screenshotRoot } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { pdfPageTexts } from './day-plan-pdf';

const suite = 'staff';
const password = 'day-plan-password-123';
/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const officeName = 'Bürgeramt Druckplan';

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;
const numbers: number[] = [];

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
/** The day as the plan names it atop each printed page. */
const dayLabel = (date: string) => new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function book(start: string, name: string, email: string): Promise<number> {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot ${start}: ${JSON.stringify(reserveSlot)}`);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name, email } } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment ${start}: ${JSON.stringify(confirmAppointment)}`);
  return confirmAppointment.appointment.number;
}

describeInBrowser('staff: the day plan', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(monday, '07:00')), launchBrowser()]);
    office = await createOffice(api, officeName, { startInDays: 0 });
    // Monday full (24 slots of 10 minutes, two places each): more rows than one A4 page holds.
    for (let slot = 0; slot < 24; slot += 1) {
      const time = `${String(8 + Math.floor(slot / 6)).padStart(2, '0')}:${String((slot % 6) * 10).padStart(2, '0')}`;
      for (const place of [1, 2]) {
        const name = slot === 0 && place === 1 ? 'Jürgen Weiß' : `Bürgerin ${slot}-${place}`;
        numbers.push(await book(berlinTime(monday, time), name, `b${slot}-${place}@example.org`));
      }
    }
    numbers.push(await book(berlinTime(addDays(monday, 1), '09:00'), 'Dienstagsgast', 'dienstag@example.org'));
    const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
      input: { username: 'planerin', displayName: 'Paula Plan', password, memberships: [{ officeId: office.officeId, role: 'staff' }] },
    });
    expect(createStaffAccount.__typename).toBe('StaffAccount');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the week live, saves it as CSV and prints it on A4, a page per day with the office and the day atop each', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${api.url}/staff/login?next=${encodeURIComponent('/day-plan')}`);
    await page.getByLabel('Benutzername').fill('planerin');
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/day-plan'));

    // Keyboard only: the date, then the range, as a clerk tabs through the form.
    await page.getByLabel('Tag', { exact: true }).fill(monday);
    await page.getByLabel('Zeitraum').focus();
    await page.getByLabel('Zeitraum').selectOption('week');
    const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
    await eventually(() => page.locator('.day-plan__day').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-date')))).toEqual(days);
    await eventually(() => page.locator(`[data-date="${monday}"] tbody tr[data-number]`).count()).toBe(48);
    const first = page.locator(`tr[data-number="${numbers[0]}"]`);
    expect(await first.textContent()).toContain('Jürgen Weiß');
    expect(await first.textContent()).toContain('08:00–08:10');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, suite, 'day-plan-week');

    // Live: a booking for Wednesday shows without reloading.
    const wednesday = await book(berlinTime(addDays(monday, 2), '10:00'), 'Mittwochsgast', 'mittwoch@example.org');
    await eventually(() => page.locator(`[data-date="${addDays(monday, 2)}"] tr[data-number="${wednesday}"]`).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('day-plan-csv').click()]);
    expect(download.suggestedFilename()).toBe(`tagesplan-${monday}-${addDays(monday, 6)}.csv`);
    const csv = fs.readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 48 + 2);
    expect(lines[1]).toContain('Jürgen Weiß');

    const pdf = await page.pdf({ format: 'A4' });
    // Beside the screenshots, for review.
    fs.writeFileSync(path.join(screenshotRoot, suite, 'day-plan-week.pdf'), pdf);
    const mediaBoxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))]);
    const pages = pdfPageTexts(pdf).map(squeeze);
    expect(mediaBoxes).toHaveLength(pages.length);
    for (const size of mediaBoxes) expect(size).toEqual([596, 843]);

    // Every page is one day's, headed by the office and that day; Monday runs on to a second page.
    const dayOfPage = pages.map((text) => days.find((date) => text.includes(squeeze(`${officeName} · ${dayLabel(date)}`))));
    expect(dayOfPage.every((date) => date !== undefined)).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(dayOfPage.filter((date) => date === monday).length).toBeGreaterThanOrEqual(2);
    expect([...new Set(dayOfPage)]).toEqual(days);
    expect(dayOfPage).toEqual([...dayOfPage].sort());
    // The plan's rows, and nothing of the app around it.
    expect(pages[0]).toContain(squeeze(`08:00–08:10 ${numbers[0]}`));
    expect(pages[0]).toContain('JürgenWeiß');
    expect(pages[0]).toContain('gebucht');
    const mondayText = pages.filter((_, index) => dayOfPage[index] === monday).join('');
    for (const number of numbers.slice(0, 48)) expect(mondayText).toContain(`${number}${officeName.replace(/\s/g, '')}:Anmeldung`);
    expect(pages[dayOfPage.indexOf(addDays(monday, 1))]).toContain('Dienstagsgast');
    expect(pages[dayOfPage.indexOf(addDays(monday, 2))]).toContain('Mittwochsgast');
    expect(pages[dayOfPage.indexOf(addDays(monday, 3))]).toContain(squeeze('Keine Termine an diesem Tag.'));
    for (const text of pages) {
      for (const chrome of ['Abmelden', 'Zuminhaltspringen', 'CSVherunterladen', 'Drucken', 'PaulaPlan']) expect(text).not.toContain(chrome);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
