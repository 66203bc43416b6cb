import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, type BrowserPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { addDays, berlinTime, simulatedDayFigures, simulateOfficeDay, workingMondayAfter } from '@zms/test-kit/simulated-day';

const suite = 'staff';
const password = 'staff-password-123';
/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const tuesday = addDays(monday, 1);

let api: TestApi;
let browser: Browser;

async function account(username: string, officeId: string, role: 'staff' | 'officeAdmin'): Promise<void> {
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename ... on InvalidInput { problems } } }`, {
    input: { username, displayName: username.replace(/^./, (first) => first.toUpperCase()), password, memberships: [{ officeId, role }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
}

async function signedIn(username: string, path: string, viewport: 'desktop' | 'phone' = 'desktop', loginStep?: string): Promise<BrowserPage> {
  const opened = await openPage(browser, viewport);
  const { page } = opened;
  await page.goto(`${api.url}/staff/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Benutzername').waitFor();
  if (loginStep) await check(page, loginStep);
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return opened;
}

/** Live updates take a round trip or two; a loaded machine needs more than vitest's default second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function check(page: Page, step: string): Promise<void> {
  expect(await accessibilityViolations(page), step).toEqual([]);
  await screenshot(page, suite, step);
}

describeInBrowser('staff: counters, office administration and statistics', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(addDays(monday, -3), '09:00')), launchBrowser()]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the figures that the records of a simulated day give', async () => {
    const day = await simulateOfficeDay(api, monday);
    await account('statistik', day.office.officeId, 'officeAdmin');
    const { page, problems } = await signedIn('statistik', '/statistics', 'desktop', 'login');
    await page.getByLabel('Standort oder Gruppe').selectOption({ label: 'Bürgeramt Statistik' });
    await page.getByLabel('Von').fill(monday);
    await page.getByLabel('Bis').fill(monday);
    await page.getByRole('button', { name: 'Anzeigen' }).click();

    const figures = simulatedDayFigures;
    const total = (key: string) => page.locator(`[data-figure="${key}"] dd`);
    await eventually(() => total('appointments').textContent()).toBe(String(figures.appointments));
    for (const key of ['walkIns', 'served', 'noShows', 'missed', 'cancelled'] as const) expect(await total(key).textContent(), key).toBe(String(figures[key]));
    for (const [channel, count] of Object.entries(figures.byChannel)) expect(await page.locator(`[data-testid="channels"] tr[data-channel="${channel}"] td`).textContent(), channel).toBe(String(count));
    for (const hour of figures.waitingByHour) {
      const cells = await page.locator(`[data-testid="waiting"] tr[data-hour="${hour.hour}"] td`).allTextContents();
      expect(cells, `hour ${hour.hour}`).toEqual([String(hour.customers), String(hour.meanMinutes).replace('.', ','), String(hour.p90Minutes)]);
    }
    expect(await page.locator('[data-testid="service-times"] tbody tr').allTextContents()).toEqual([
      `Bürgeramt Statistik: Anmeldung${figures.serviceTimes.short.customers}${String(figures.serviceTimes.short.meanMinutes).replace('.', ',')}`,
      `Bürgeramt Statistik: Reisepass${figures.serviceTimes.long.customers}${String(figures.serviceTimes.long.meanMinutes).replace('.', ',')}`,
    ]);
    expect(await page.locator(`[data-testid="utilisation"] tr[data-date="${monday}"] td`).allTextContents()).toEqual([String(figures.utilisation.offered), String(figures.utilisation.booked), '5,6 %']);
    const csv = decodeURIComponent((await page.getByTestId('csv').getAttribute('href'))!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv).toContain(`totals,walkIns,${figures.walkIns}\r\n`);
    expect(csv).toContain(`waitingByHour,8,2,17.5,25\r\n`);
    await check(page, 'statistics');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, suite, 'statistics');
    await page.getByRole('button', { name: 'English' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Statistics');
    await page.setViewportSize({ width: 1280, height: 900 });
    await check(page, 'statistics-en');
    expect(problems).toEqual([]);
  }, 120_000);

  it('lets two counters in two pages work one queue: each call shows on the other at once, no entry twice', async () => {
    await api.setClock(berlinTime(tuesday, '08:55'));
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    const office = await createOffice(api, 'Bürgeramt Zwei Schalter', { weekdays: [1, 2, 3, 4, 5, 6, 7], startInDays: 0 });
    for (const name of ['Schalter 1', 'Schalter 2']) await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { __typename } }`, { input: { officeId: office.officeId, name, room: `Raum ${name.slice(-1)}` } });
    await account('anna', office.officeId, 'staff');
    await account('bernd', office.officeId, 'staff');
    for (let count = 0; count < 4; count += 1) {
      const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }`, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } });
      expect(issueTicket.__typename).toBe('Ticket');
    }

    const first = await signedIn('anna', '/counter');
    const second = await signedIn('bernd', '/counter', 'phone', 'login');
    await check(first.page, 'counter-setup');
    for (const [{ page }, counter] of [
      [first, 'Schalter 1'],
      [second, 'Schalter 2'],
    ] as const) {
      await page.getByLabel('Standort').selectOption({ label: 'Bürgeramt Zwei Schalter' });
      await page.getByLabel('Schalter', { exact: true }).selectOption({ label: `${counter} (Raum ${counter.slice(-1)})` });
      await page.getByRole('button', { name: 'Arbeit beginnen' }).click();
      await eventually(() => page.getByTestId('counter-session').textContent()).toContain(counter);
      await eventually(() => page.locator('[data-testid="queue"] tbody tr').count()).toBe(4);
    }
    await check(first.page, 'counter-queue');
    await check(second.page, 'counter-queue');

    // One key calls the next; the other page shows the call without a reload.
    const currentNumber = async (page: Page) => (await page.getByTestId('current-entry').textContent())!.trim().split(' ')[0];
    await first.page.keyboard.press('n');
    await eventually(() => first.page.getByTestId('current-entry').count()).toBe(1);
    const firstCall = await currentNumber(first.page);
    await eventually(() => second.page.locator(`tr[data-number="${firstCall}"]`).getAttribute('data-status')).toBe('called');
    expect(await second.page.locator(`tr[data-number="${firstCall}"] [data-cell="counter"]`).textContent()).toBe('Schalter 1');
    await second.page.getByRole('button', { name: /Nächste Person/ }).click();
    await eventually(() => second.page.getByTestId('current-entry').count()).toBe(1);
    const secondCall = await currentNumber(second.page);
    expect(secondCall).not.toBe(firstCall);
    await eventually(() => first.page.locator(`tr[data-number="${secondCall}"]`).getAttribute('data-status')).toBe('called');

    // Both finish and call at the same moment: two different numbers.
    for (const { page } of [first, second]) {
      await page.keyboard.press('s');
      await eventually(() => page.getByTestId('current-entry').textContent()).toContain('in Bearbeitung');
      await page.keyboard.press('f');
      await page.getByLabel('Bürgeramt Zwei Schalter: Reisepass').check();
      await page.getByRole('button', { name: 'Abschließen' }).click();
      await eventually(() => page.getByTestId('current-entry').count()).toBe(0);
    }
    await Promise.all([first.page.keyboard.press('n'), second.page.keyboard.press('n')]);
    await eventually(() => first.page.getByTestId('current-entry').count()).toBe(1);
    await eventually(() => second.page.getByTestId('current-entry').count()).toBe(1);
    const numbers = [await currentNumber(first.page), await currentNumber(second.page)];
    expect([...numbers, firstCall, secondCall].sort()).toEqual(['1', '2', '3', '4']);
    await eventually(() => first.page.locator('tr[data-status="called"]').count()).toBe(2);
    await eventually(() => second.page.locator('tr[data-status="called"]').count()).toBe(2);
    await check(first.page, 'counter-called');

    // Missed, requeued, urgent; a walk-in ticket, a booking on site and its check-in.
    const firstNumber = numbers[0];
    await first.page.keyboard.press('v');
    await eventually(() => second.page.locator(`tr[data-number="${firstNumber}"]`).getAttribute('data-status')).toBe('missed');
    await first.page.locator(`tr[data-number="${firstNumber}"] input[type="radio"]`).check();
    await first.page.keyboard.press('z');
    await eventually(() => second.page.locator(`tr[data-number="${firstNumber}"]`).getAttribute('data-status')).toBe('waiting');
    await first.page.locator(`tr[data-number="${firstNumber}"] input[type="radio"]`).check();
    await first.page.keyboard.press('u');
    await first.page.getByLabel('Bürgeramt Zwei Schalter: Reisepass').check();
    await check(first.page, 'counter-redirect');
    await first.page.getByRole('button', { name: 'Weiterleiten bestätigen' }).click();
    await eventually(() => first.page.getByTestId('announcement').textContent()).toMatch(new RegExp(`^${firstNumber}: `));
    await eventually(() => second.page.locator(`tr[data-number="${firstNumber}"]`).getAttribute('data-status')).toBe('waiting');
    // Shortcuts wait while a panel is open: the next key only after this one has closed.
    await eventually(() => first.page.getByRole('button', { name: 'Weiterleiten bestätigen' }).count()).toBe(0);
    await first.page.keyboard.press('t');
    await first.page.getByLabel('Bürgeramt Zwei Schalter: Anmeldung').check();
    await first.page.getByRole('button', { name: 'Ausgeben' }).click();
    await eventually(() => first.page.getByTestId('counter-notice').textContent()).toBe('Wartenummer 5 ausgegeben.');
    await eventually(() => second.page.locator('tr[data-number="5"]').count()).toBe(1);
    await eventually(() => first.page.getByRole('button', { name: 'Ausgeben' }).count()).toBe(0);
    await first.page.keyboard.press('b');
    await first.page.getByLabel('Bürgeramt Zwei Schalter: Anmeldung').check();
    await first.page.getByLabel('Tag', { exact: true }).fill(tuesday);
    await first.page.getByRole('button', { name: 'Freie Zeiten suchen' }).click();
    await first.page.getByLabel('Uhrzeit').selectOption({ index: 1 });
    await first.page.getByLabel('Name (freiwillig)').fill('Erika Muster');
    await check(first.page, 'counter-book');
    await first.page.getByRole('button', { name: 'Buchen', exact: true }).click();
    await eventually(() => first.page.getByTestId('booked').textContent()).toMatch(/Termin \d+ gebucht/);
    const bookedNumber = /Termin (\d+) gebucht/.exec((await first.page.getByTestId('booked').textContent())!)![1];
    await first.page.getByRole('button', { name: 'Gleich einchecken' }).click();
    await eventually(() => first.page.getByTestId('counter-notice').textContent()).toBe(`${bookedNumber} ist eingecheckt und wartet.`);
    await eventually(() => second.page.locator(`tr[data-number="${bookedNumber}"]`).getAttribute('data-status')).toBe('waiting');
    await second.page.locator(`tr[data-number="${bookedNumber}"] input[type="radio"]`).check();
    await second.page.keyboard.press('d');
    await eventually(() => first.page.locator(`tr[data-number="${bookedNumber}"] [data-cell="priority"]`).textContent()).toBe('dringend');
    await check(second.page, 'counter-live');
    await check(first.page, 'counter-after');
    for (const { problems } of [first, second]) expect(problems).toEqual([]);
  }, 120_000);

  it('lets an office admin change capacity with a preview, close a booked day, and run the office', async () => {
    await api.setClock(berlinTime(tuesday, '09:00'));
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    const office: OfficeFixture = await createOffice(api, 'Bürgeramt Verwaltung', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
    const wednesday = addDays(tuesday, 1);
    const thursday = addDays(tuesday, 2);
    const friday = addDays(tuesday, 3);
    const book = async (date: string, time: string) => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: berlinTime(date, time) } });
      const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Erika Muster', email: 'erika@example.org' } } });
      return String(confirmAppointment.appointment.number);
    };
    const lateWednesday = await book(wednesday, '11:30');
    const thursdayMorning = await book(thursday, '09:00');
    const bookableDays = async () =>
      (await api.data(op.availableDays, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], from: wednesday, to: addDays(tuesday, 13) } })).availableDays.map((day: { date: string }) => day.date);
    expect(await bookableDays()).toContain(friday);
    await account('verwaltung', office.officeId, 'officeAdmin');

    const { page, problems } = await signedIn('verwaltung', `/admin/${office.officeId}/capacity`);
    const openSection = async (name: string) => {
      await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name, exact: true }).click();
      await eventually(() => page.getByRole('heading', { level: 2, name, exact: true }).count()).toBe(1);
    };
    const previewDay = (date: string) => page.locator(`[data-testid="preview-days"] > li[data-date="${date}"]`);
    await page.getByLabel('Woche mit dem Tag').fill(wednesday);
    await page.getByLabel('Woche mit dem Tag').dispatchEvent('change');
    await eventually(() => previewDay(wednesday).textContent()).toContain('08:00–12:00: 24 Zeitfenster, 2 online / 3 insgesamt, 1 belegt');
    await check(page, 'admin-capacity');

    // Edited, not saved: the preview shows the slots the rule would give and the booking it would hit.
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByLabel('Fr', { exact: true }).uncheck();
    await page.getByLabel('Ende').fill('11:00');
    await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
    await eventually(() => previewDay(wednesday).textContent()).toContain('08:00–11:00: 18 Zeitfenster');
    expect(await previewDay(friday).textContent()).toContain('keine Zeitfenster');
    await eventually(() => page.getByTestId('affected-appointments').last().locator('tbody th').allTextContents()).toEqual([lateWednesday]);
    await check(page, 'admin-capacity-preview');
    expect(await bookableDays()).toContain(friday);

    await page.getByRole('button', { name: 'Speichern' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Regel gespeichert.' }).count()).toBe(1);
    await eventually(() => page.getByTestId('affected-appointments').first().locator('tbody th').allTextContents()).toEqual([lateWednesday]);
    // What the portal's calendar reads: Fridays are gone.
    const after = await bookableDays();
    expect(after).not.toContain(friday);
    expect(after).toContain(thursday);
    await check(page, 'admin-capacity-saved');

    await openSection('Schließtage');
    await page.getByLabel('Erster Tag').fill(thursday);
    await page.getByLabel('Grund (für Mitarbeitende)').fill('Betriebsausflug');
    await page.getByRole('button', { name: 'Schließen', exact: true }).click();
    await eventually(() => page.getByTestId('affected-appointments').locator('tbody th').allTextContents()).toEqual([thursdayMorning]);
    expect(await bookableDays()).not.toContain(thursday);
    await check(page, 'admin-closures');

    await openSection('Schalter');
    await page.getByLabel('Name').last().fill('Schalter 9');
    await page.getByLabel('Raum').last().fill('Raum 9');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await eventually(() => page.locator('input[id^="counter-name-"]').count()).toBe(1);
    await check(page, 'admin-counters');

    await openSection('Geräte');
    await page.getByLabel('Name').fill('Anzeige Wartesaal');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await eventually(() => page.getByTestId('device-key').textContent()).toMatch(/zd_/);
    await eventually(() => page.locator('tbody th').allTextContents()).toEqual(['Anzeige Wartesaal']);
    await check(page, 'admin-devices-key');
    await page.getByRole('button', { name: 'Schlüssel notiert' }).click();
    expect(await page.getByTestId('device-key').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/zd_[A-Za-z0-9_-]{10}/);

    await openSection('Mitarbeitende');
    await page.getByLabel('Benutzername').fill('clara');
    await page.getByLabel('Name', { exact: true }).last().fill('Clara Schalter');
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await eventually(() => page.locator('tbody th').allTextContents()).toContain('Clara Schalter');
    await check(page, 'admin-staff');

    for (const [link, step] of [
      ['Einstellungen und Öffnungszeiten', 'admin-settings'],
      ['Dienstleistungen', 'admin-services'],
      ['Standortgruppen', 'admin-groups'],
      ['Protokoll', 'admin-audit'],
    ] as const) {
      await openSection(link);
      if (step === 'admin-audit') await eventually(() => page.getByTestId('audit-log').locator('tbody tr').count()).toBeGreaterThan(3);
      await check(page, step);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await openSection('Kapazität');
    await eventually(() => page.locator('[data-testid="preview-days"] > li').count()).toBe(7);
    await check(page, 'admin-capacity');
    expect(problems).toEqual([]);
  }, 120_000);
});
