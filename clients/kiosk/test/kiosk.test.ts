import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

const suite = 'kiosk';
// Monday 2 March 2026, 09:00 in Berlin: open 08:00–16:00. The kiosk shows no clock of its own.
const mondayNine = '2026-03-02T08:00:00Z';
const kioskPortrait = { width: 1080, height: 1920 };

describeInBrowser('kiosk: tickets and check-in', ['kiosk'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;
  let kioskKey: string;

  const settings = (input: Record<string, unknown>) => api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, ...input } });
  const openingHours = (weekdays: number[]) =>
    api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, { input: { officeId: office.officeId, hours: [{ weekdays, open: '08:00', close: '16:00' }] } });
  const openKiosk = async (viewport: 'desktop' | 'portrait' = 'desktop') => {
    const kiosk = await openPage(browser, 'desktop');
    if (viewport === 'portrait') await kiosk.page.setViewportSize(kioskPortrait);
    await kiosk.page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await kiosk.page.getByRole('heading', { name: 'Wartenummer ziehen' }).waitFor();
    return kiosk;
  };
  const serviceButton = (page: Page) => page.getByRole('button', { name: 'Bürgeramt Tiergarten: Anmeldung' });

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(mondayNine), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Tiergarten');
    await openingHours([1, 2, 3, 4, 5]);
    kioskKey = (await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { name: 'Kiosk Eingang', kind: 'kiosk', officeId: office.officeId } })).createDevice.key;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('offers the services in big buttons, in German and English, at desktop and kiosk portrait size', async () => {
    for (const viewport of ['desktop', 'portrait'] as const) {
      const kiosk = await openKiosk(viewport);
      await serviceButton(kiosk.page).waitFor();
      expect(await kiosk.page.getByRole('button', { name: 'Bürgeramt Tiergarten: Reisepass' }).isVisible()).toBe(true);
      const box = await serviceButton(kiosk.page).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(88);
      expect(await accessibilityViolations(kiosk.page)).toEqual([]);
      await screenshot(kiosk.page, suite, `1-start-${viewport}`);
      if (viewport === 'desktop') {
        await kiosk.page.getByRole('button', { name: 'English' }).click();
        await kiosk.page.getByRole('heading', { name: 'Take a ticket' }).waitFor();
        expect(await accessibilityViolations(kiosk.page)).toEqual([]);
        await screenshot(kiosk.page, suite, '2-start-english');
      }
      expect(kiosk.problems).toEqual([]);
      await kiosk.context.close();
    }
  });

  it('prints a ticket with its QR code on one 80 mm receipt, then returns to the start by itself', async () => {
    const kiosk = await openPage(browser, 'desktop');
    await kiosk.page.clock.install();
    await kiosk.page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await serviceButton(kiosk.page).click();
    const number = await kiosk.page.getByTestId('ticket-number').textContent();
    expect(number).toMatch(/^\d+$/);
    await kiosk.page.getByTestId('ticket-qr').waitFor();
    await kiosk.page.setViewportSize(kioskPortrait);
    await screenshot(kiosk.page, suite, '3-ticket-portrait');
    await kiosk.page.setViewportSize({ width: 1280, height: 900 });

    await kiosk.page.emulateMedia({ media: 'print' });
    expect(await kiosk.page.getByRole('button', { name: 'Ticket drucken' }).isVisible()).toBe(false);
    const pdf = (await kiosk.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const [, width] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Number(width) * (25.4 / 72)).toBeCloseTo(80, 0);
    await kiosk.page.emulateMedia({ media: 'screen' });

    await kiosk.page.clock.fastForward(46_000);
    await kiosk.page.getByRole('heading', { name: 'Wartenummer ziehen' }).waitFor({ timeout: 5_000 });
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('takes a phone number for the heads-up after the ticket, and keeps the ticket screen while someone is typing', async () => {
    const kiosk = await openPage(browser, 'desktop');
    await kiosk.page.clock.install();
    await kiosk.page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await serviceButton(kiosk.page).click();
    const number = await kiosk.page.getByTestId('ticket-number').textContent();
    await kiosk.page.clock.fastForward(40_000);
    await kiosk.page.getByLabel('Handynummer für eine SMS').pressSequentially('0170 1234567');
    // 40 s on the screen, then typing: its 45 s start again, so 40 s later the ticket is still shown.
    await kiosk.page.clock.fastForward(40_000);
    expect(await kiosk.page.getByTestId('ticket-number').textContent()).toBe(number);
    await kiosk.page.getByRole('button', { name: 'Benachrichtigen' }).click();
    await kiosk.page.getByText('Gespeichert. Wir melden uns, kurz bevor Sie dran sind.').waitFor();
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    const stored = await api.app.orm.em
      .fork()
      .execute<{ phone: string }[]>("select c.phone from ticket_contact c join queue_entry e on e.id = c.entry_id where e.display_number like '%' || ? and e.local_date = '2026-03-02'", [number!.trim()]);
    expect(stored).toEqual([{ phone: '+491701234567' }]);
    await kiosk.page.clock.fastForward(46_000);
    await kiosk.page.getByRole('heading', { name: 'Wartenummer ziehen' }).waitFor({ timeout: 5_000 });
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('clears a half-typed number and another language left on the start screen after a minute', async () => {
    const kiosk = await openPage(browser, 'desktop');
    await kiosk.page.clock.install();
    await kiosk.page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await kiosk.page.getByRole('button', { name: 'English' }).click();
    await kiosk.page.getByLabel('Appointment number').fill('12');
    await kiosk.page.clock.fastForward(61_000);
    await kiosk.page.getByRole('heading', { name: 'Wartenummer ziehen' }).waitFor({ timeout: 5_000 });
    expect(await kiosk.page.getByLabel('Terminnummer').inputValue()).toBe('');
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('checks an appointment in by its number and refuses an unknown one', async () => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-02T08:20:00Z' } }, api.adminToken);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } }, api.adminToken);
    const appointmentNumber = String(confirmAppointment.appointment.number);
    const kiosk = await openKiosk();

    await kiosk.page.getByLabel('Terminnummer').fill('12ab');
    await kiosk.page.getByRole('button', { name: 'Anmelden' }).click();
    await kiosk.page.getByText('Bitte geben Sie die Terminnummer ein').waitFor();
    await kiosk.page.getByLabel('Terminnummer').fill('999999');
    await kiosk.page.getByRole('button', { name: 'Anmelden' }).click();
    await kiosk.page.getByTestId('kiosk-problem').getByText('Zu dieser Terminnummer finden wir hier heute keinen Termin.').waitFor();
    await kiosk.page.getByRole('button', { name: 'Zurück zum Start' }).click();

    await kiosk.page.getByLabel('Terminnummer').fill(appointmentNumber);
    await kiosk.page.getByRole('button', { name: 'Anmelden' }).click();
    await kiosk.page.getByTestId('checked-in').getByText(appointmentNumber, { exact: true }).waitFor();
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, suite, '4-checked-in');
    const { queue } = await api.admin(`query ($officeId: ID!) { queue(officeId: $officeId) { entries { displayNumber withAppointment status } } }`, { officeId: office.officeId });
    expect(queue.entries).toContainEqual({ displayNumber: appointmentNumber, withAppointment: true, status: 'waiting' });
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it("says so before anyone presses a button when the day's tickets are used up, live", async () => {
    const kiosk = await openKiosk();
    await serviceButton(kiosk.page).waitFor();
    const { waitingRoom } = await api.data(`{ waitingRoom { offices { ticketsLeft } } }`, {}, kioskKey);
    const { office: current } = await api.admin(`query ($id: ID!) { office(id: $id) { settings { ticketDailyContingent } } }`, { id: office.officeId });
    await settings({ ticketDailyContingent: current.settings.ticketDailyContingent - waitingRoom.offices[0].ticketsLeft });
    await kiosk.page.getByTestId('kiosk-exhausted').waitFor({ timeout: 5_000 });
    expect(await serviceButton(kiosk.page).count()).toBe(0);
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, suite, '5-exhausted');
    await settings({ ticketDailyContingent: 300 });
    await serviceButton(kiosk.page).waitFor({ timeout: 5_000 });
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('shows the office closed at the start as soon as its opening hours say so', async () => {
    const kiosk = await openKiosk();
    await serviceButton(kiosk.page).waitFor();
    await openingHours([6, 7]);
    try {
      await kiosk.page.getByTestId('kiosk-closed').getByText('Wir öffnen wieder am Samstag, 7. März um 08:00 Uhr.').waitFor({ timeout: 5_000 });
      expect(await serviceButton(kiosk.page).count()).toBe(0);
      expect(await accessibilityViolations(kiosk.page)).toEqual([]);
      await screenshot(kiosk.page, suite, '7-closed');
    } finally {
      await openingHours([1, 2, 3, 4, 5]);
    }
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('shows the set-up screen without a key and after its key is revoked', async () => {
    const fresh = await openPage(browser, 'desktop');
    await fresh.page.goto(`${api.url}/kiosk/`);
    await fresh.page.getByRole('heading', { name: 'Gerät einrichten' }).waitFor();
    await fresh.page.getByLabel('Geräteschlüssel').fill('not-a-key');
    await fresh.page.getByRole('button', { name: 'Speichern und starten' }).click();
    await fresh.page.getByText('Das ist kein Geräteschlüssel').waitFor();
    expect(await accessibilityViolations(fresh.page)).toEqual([]);
    await screenshot(fresh.page, suite, '8-setup');
    await fresh.page.getByLabel('Geräteschlüssel').fill(kioskKey);
    await fresh.page.getByRole('button', { name: 'Speichern und starten' }).click();
    await serviceButton(fresh.page).waitFor();
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();

    const { createDevice } = await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key device { id } } } }`, {
      input: { name: 'Kiosk alt', kind: 'kiosk', officeId: office.officeId },
    });
    await api.admin(`mutation ($input: RevokeInput!) { revokeDevice(input: $input) { __typename } }`, { input: { id: createDevice.device.id } });
    const revoked = await openPage(browser, 'desktop');
    await revoked.page.goto(`${api.url}/kiosk/#key=${createDevice.key}`);
    await revoked.page.getByRole('heading', { name: 'Geräteschlüssel ungültig' }).waitFor();
    await screenshot(revoked.page, suite, '9-revoked');
    // The browser reports the refused request and graphql-ws the socket closed with 4401; nothing else.
    expect(revoked.problems.filter((problem) => !/status of 401|CloseEvent/.test(problem))).toEqual([]);
    await revoked.context.close();
  });
});
