import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

const suite = 'kiosk-waiting-room';
// Monday 2 March 2026, 09:00 in Berlin: open 08:00–16:00.
const mondayNine = '2026-03-02T08:00:00Z';
const todayAt = (time: string, date = '2026-03-02') => new Date(`${date}T${time}:00+01:00`).toISOString();
const screens = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1280, height: 800 } } as const;
/** Names as offices have them: long German compounds, and long phrases. */
const serviceNames = [
  'Meldebescheinigung',
  'Wohnberechtigungsschein',
  'Kraftfahrzeugzulassungsangelegenheiten',
  'Anmeldung einer Wohnung (Hauptwohnsitz oder Nebenwohnsitz)',
  'Beantragung eines vorläufigen Personalausweises',
  'Führungszeugnis',
];

describeInBrowser('kiosk: tiles, opening times, tickets and check-in refusals as a waiting room needs them', ['kiosk'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;
  let kioskKey: string;

  const setOpeningHours = (weekdays: number[]) =>
    api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, { input: { officeId: office.officeId, hours: [{ weekdays, open: '08:00', close: '16:00' }] } });
  const openKiosk = async (screen: keyof typeof screens = 'portrait') => {
    const kiosk = await openPage(browser, 'desktop');
    await kiosk.page.setViewportSize(screens[screen]);
    await kiosk.page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await kiosk.page.getByRole('heading', { name: 'Wartenummer ziehen' }).waitFor();
    return kiosk;
  };
  const tile = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
  const book = async (start: string) => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } }, api.adminToken);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } }, api.adminToken);
    return { number: String(confirmAppointment.appointment.number), secret: confirmAppointment.secret as string };
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(mondayNine), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Rathaus Tiergarten');
    await setOpeningHours([1, 2, 3, 4, 5]);
    await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, checkInEarlyMinutes: 30, checkInLateMinutes: 15 } });
    for (const name of serviceNames) {
      const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name } });
      await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId: office.officeId, serviceId: createService.id, durationSlots: 1, bookableOnline: true } });
    }
    kioskKey = (await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { name: 'Kiosk Foyer', kind: 'kiosk', officeId: office.officeId } })).createDevice.key;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it.each(Object.keys(screens) as (keyof typeof screens)[])('fits every tile text into its tile at %s size', async (screen) => {
    const kiosk = await openKiosk(screen);
    await tile(kiosk.page, 'Wohnberechtigungsschein').waitFor();
    const tiles = await kiosk.page.getByTestId('service-tile').evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        const text = button.querySelector('.services__name')!.getBoundingClientRect();
        const textOutside = text.left < box.left || text.right > box.right || text.top < box.top || text.bottom > box.bottom;
        return { text: button.textContent!.trim(), overflows: button.scrollWidth > button.clientWidth || button.scrollHeight > button.clientHeight || textOutside, right: box.right };
      }),
    );
    expect(tiles.map((shown) => shown.text)).toEqual(expect.arrayContaining(serviceNames));
    expect(tiles.filter((shown) => shown.overflows).map((shown) => shown.text)).toEqual([]);
    expect(tiles.filter((shown) => shown.right > screens[screen].width).map((shown) => shown.text)).toEqual([]);
    expect(await kiosk.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, suite, `1-tiles-${screen}-${screens[screen].width}x${screens[screen].height}`);
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('shows the service on the ticket', async () => {
    const kiosk = await openKiosk();
    await tile(kiosk.page, 'Wohnberechtigungsschein').click();
    await kiosk.page.getByTestId('ticket-number').waitFor();
    expect(await kiosk.page.getByTestId('ticket-services').textContent()).toContain('Wohnberechtigungsschein');
    await kiosk.page.getByTestId('ticket-qr').waitFor();
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, suite, '2-ticket-1080x1920');
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('says when a closed office opens next, and hears of new opening hours and closures without a reload', async () => {
    const kiosk = await openKiosk();
    await tile(kiosk.page, 'Meldebescheinigung').waitFor();
    await kiosk.page.evaluate(() => ((globalThis as unknown as { sameDocument: boolean }).sameDocument = true));
    try {
      // Open Tuesday to Friday from now on: closed this Monday, open again tomorrow at 8.
      await setOpeningHours([2, 3, 4, 5]);
      const closed = kiosk.page.getByTestId('kiosk-closed');
      await closed.waitFor({ timeout: 5_000 });
      expect(await closed.textContent()).toBe('Der Standort ist jetzt geschlossen. Wir öffnen wieder am Dienstag, 3. März um 08:00 Uhr.');
      expect(await tile(kiosk.page, 'Meldebescheinigung').count()).toBe(0);
      expect(await accessibilityViolations(kiosk.page)).toEqual([]);
      await screenshot(kiosk.page, suite, '3-closed-until-1080x1920');
      await kiosk.page.getByRole('button', { name: 'English' }).click();
      expect(await closed.textContent()).toBe('The office is closed now. We open again on Tuesday 3 March at 08:00.');
      await kiosk.page.getByRole('button', { name: 'Deutsch' }).click();

      await setOpeningHours([1, 2, 3, 4, 5]);
      await tile(kiosk.page, 'Meldebescheinigung').waitFor({ timeout: 5_000 });
      // A closure of today and tomorrow: open again on Wednesday.
      const { addClosure } = await api.data(op.addClosure, { input: { officeId: office.officeId, date: '2026-03-02', until: '2026-03-03', reason: 'Umzug' } }, api.adminToken);
      await kiosk.page.getByText('Wir öffnen wieder am Mittwoch, 4. März um 08:00 Uhr.').waitFor({ timeout: 5_000 });
      await api.admin(`mutation ($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }`, { input: { closureId: addClosure.closure.id } });
      await tile(kiosk.page, 'Meldebescheinigung').waitFor({ timeout: 5_000 });
    } finally {
      await setOpeningHours([1, 2, 3, 4, 5]);
    }
    expect(await kiosk.page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });

  it('says why a check-in is refused, and when to come back, never asking for a code', async () => {
    const early = await book(todayAt('11:00'));
    const tomorrow = await book(todayAt('09:00', '2026-03-03'));
    const soon = await book(todayAt('09:10'));
    const cancelled = await book(todayAt('09:30'));
    expect((await api.data(op.cancelAppointment, { input: { number: Number(cancelled.number), secret: cancelled.secret } })).cancelAppointment.__typename).toBe('Appointment');
    const kiosk = await openKiosk();
    const refusal = async (number: string) => {
      await kiosk.page.getByLabel('Terminnummer').fill(number);
      await kiosk.page.getByRole('button', { name: 'Anmelden' }).click();
      const text = (await kiosk.page.getByTestId('kiosk-problem').getByRole('alert').textContent())!;
      await kiosk.page.getByRole('button', { name: 'Zurück zum Start' }).click();
      return text;
    };

    expect(await refusal('999999')).toBe('Zu dieser Terminnummer finden wir hier heute keinen Termin. Bitte prüfen Sie die Nummer in Ihrer Terminbestätigung.');
    expect(await refusal(early.number)).toBe('Sie sind zu früh. Die Anmeldung für Ihren Termin ist ab 10:30 Uhr möglich. Bitte kommen Sie dann wieder zum Terminal.');
    expect(await refusal(tomorrow.number)).toContain('Ihr Termin ist nicht heute.');
    expect(await refusal(cancelled.number)).toContain('Dieser Termin kann nicht angemeldet werden');
    await kiosk.page.getByLabel('Terminnummer').fill(soon.number);
    await kiosk.page.getByRole('button', { name: 'Anmelden' }).click();
    await kiosk.page.getByTestId('checked-in').waitFor();
    await kiosk.page.getByRole('button', { name: 'Fertig' }).click();
    expect(await refusal(soon.number)).toBe('Sie sind für diesen Termin schon angemeldet. Bitte achten Sie auf die Aufrufanzeige.');

    const late = await book(todayAt('09:20'));
    await api.setClock(todayAt('09:36'));
    try {
      await kiosk.page.getByLabel('Terminnummer').fill(late.number);
      await kiosk.page.getByRole('button', { name: 'Anmelden' }).click();
      await kiosk.page.getByText('Die Zeit für die Anmeldung zu Ihrem Termin ist vorbei.').waitFor();
      expect(await accessibilityViolations(kiosk.page)).toEqual([]);
      await screenshot(kiosk.page, suite, '4-too-late-1080x1920');
      await kiosk.page.getByRole('button', { name: 'Zurück zum Start' }).click();
    } finally {
      await api.setClock(mondayNine);
    }
    await kiosk.page.getByRole('button', { name: 'English' }).click();
    await kiosk.page.getByLabel('Appointment number').fill(early.number);
    await kiosk.page.getByRole('button', { name: 'Check in' }).click();
    expect(await kiosk.page.getByTestId('kiosk-problem').getByRole('alert').textContent()).toBe('You are early. Check-in for your appointment opens at 10:30. Please come back to the terminal then.');
    await screenshot(kiosk.page, suite, '5-too-early-english-1080x1920');
    expect(await kiosk.page.textContent('body')).not.toMatch(/\bcode\b/i);
    expect(kiosk.problems).toEqual([]);
    await kiosk.context.close();
  });
});
