/**
 * A clerk's day at the counter, as issue 15 found it wanting: who was called and for what, places
 * that are the calling order (also as time passes, and for an urgent requeued ticket), one person
 * per counter, and a ticket to hand over from the counter.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, viewports, type BrowserPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { ticketQrCode } from '../../ui/src/ticket-code';

const suite = 'staff';
const password = 'counter-day-password-123';
/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const at = (time: string) => berlinTime(monday, time);

let api: TestApi;
let browser: Browser;
let sequence = 0;

/** Live updates take a round trip or two; a loaded machine needs more than vitest's default second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function check(page: Page, step: string): Promise<void> {
  expect(await accessibilityViolations(page), step).toEqual([]);
  await screenshot(page, suite, step);
}

/** The step at desktop width and at 360 px, axe-checked at both. */
async function checkBothWidths(page: Page, step: string): Promise<void> {
  const before = page.viewportSize() ?? viewports.desktop;
  for (const viewport of [viewports.desktop, viewports.phone]) {
    await page.setViewportSize(viewport);
    await check(page, step);
  }
  await page.setViewportSize(before);
}

interface Office extends OfficeFixture {
  name: string;
  counters: Record<string, string>;
}

async function officeWithCounters(name: string, ...counters: string[]): Promise<Office> {
  const office = await createOffice(api, name, { weekdays: [1, 2, 3, 4, 5, 6, 7], startInDays: 0 });
  const ids: Record<string, string> = {};
  for (const counter of counters) {
    const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: office.officeId, name: counter, room: `Raum ${counter.slice(-1)}` } });
    ids[counter] = createCounter.id;
  }
  return { ...office, name, counters: ids };
}

/** A staff account of the office; answers its username. */
async function account(office: Office, displayName: string, role: 'staff' | 'officeAdmin' = 'staff'): Promise<string> {
  const username = `${displayName.split(' ')[0].toLowerCase()}-${++sequence}`;
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username, displayName, password, memberships: [{ officeId: office.officeId, role }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return username;
}

/** Signs in to the app and starts work at a counter of the office, as a clerk does at the desk. */
async function atCounter(username: string, office: Office, counter: string, options: { viewport?: 'desktop' | 'phone'; fakeClock?: boolean } = {}): Promise<BrowserPage> {
  const opened = await openPage(browser, options.viewport ?? 'desktop');
  const { page } = opened;
  // Timers the test fires itself (clock.fastForward), with the time itself running as usual.
  if (options.fakeClock) await page.clock.install();
  await page.goto(`${api.url}/staff/login?next=${encodeURIComponent('/counter')}`);
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await chooseCounter(page, office, counter);
  await page.getByRole('button', { name: 'Arbeit beginnen' }).click();
  return opened;
}

async function chooseCounter(page: Page, office: Office, counter: string): Promise<void> {
  await page.getByLabel('Standort').selectOption({ label: office.name });
  const select = page.getByLabel('Schalter', { exact: true });
  await eventually(() => select.locator('option').count()).toBeGreaterThan(0);
  await select.selectOption(office.counters[counter]);
}

/** A clerk working through the API at a counter of the office (no page); answers its token. */
async function apiClerk(office: Office, counter: string): Promise<string> {
  const token = await api.login(await account(office, 'Hilfe'), password);
  const { signInAtCounter } = await api.data(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: office.counters[counter] } }, token);
  expect(signInAtCounter.__typename).toBe('CounterSession');
  return token;
}

const step = (name: string) => `mutation ($input: EntryInput!) { ${name}(input: $input) { __typename ... on QueueEntry { status } } }`;

async function ticket(office: Office, serviceId = office.shortServiceId): Promise<{ id: string; number: string }> {
  const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id displayNumber } } } }`, { input: { officeId: office.officeId, serviceIds: [serviceId] } });
  return { id: issueTicket.entry.id, number: issueTicket.entry.displayNumber };
}

/** An appointment of today booked on site under a name, checked in on arrival. */
async function checkedInAppointment(office: Office, time: string, name: string): Promise<string> {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: at(time) } }, api.adminToken);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name } } }, api.adminToken);
  const number = String(confirmAppointment.appointment.number);
  const { checkIn } = await api.admin(`mutation ($input: CheckInInput!) { checkIn(input: $input) { __typename } }`, { input: { officeId: office.officeId, number: Number(number) } });
  expect(checkIn.__typename).toBe('QueueEntry');
  return number;
}

const row = (page: Page, number: string) => page.locator(`[data-testid="queue"] tr[data-number="${number}"]`);
const cell = (page: Page, number: string, name: string) => row(page, number).locator(`[data-cell="${name}"]`);
/** The numbers with a place at this counter, in the order of their places. */
async function places(page: Page): Promise<string[]> {
  const rows = await page.locator('[data-testid="queue"] tr[data-place]').evaluateAll((elements) => elements.map((element) => ({ number: element.getAttribute('data-number')!, place: Number(element.getAttribute('data-place')) })));
  return rows.sort((a, b) => a.place - b.place).map((entry) => entry.number);
}
const currentNumber = async (page: Page) => (await page.getByTestId('current-entry').textContent())!.trim().split(' ')[0];

describeInBrowser('staff: a day at the counter', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(at('08:55')), launchBrowser()]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows whom the clerk calls and what for, and the finish dialog ticks the services they came for', async () => {
    await api.setClock(at('08:55'));
    const office = await officeWithCounters('Bürgeramt Wer und Was', 'Schalter 1');
    const booked = await checkedInAppointment(office, '09:00', 'Erika Muster');
    const clerk = await atCounter(await account(office, 'Anna Schalter'), office, 'Schalter 1');
    const { page } = clerk;
    await eventually(() => cell(page, booked, 'name').textContent()).toBe('Erika Muster');
    expect(await cell(page, booked, 'services').textContent()).toBe('Bürgeramt Wer und Was: Anmeldung');
    expect(await page.getByTestId('counter-worker').textContent()).toContain('Anna Schalter');

    await page.keyboard.press('n');
    await eventually(() => currentNumber(page)).toBe(booked);
    expect(await page.getByTestId('current-services').textContent()).toBe('Bürgeramt Wer und Was: Anmeldung');
    expect(await page.getByTestId('current-name').textContent()).toBe('Erika Muster');
    await checkBothWidths(page, 'counter-day-called');

    await page.keyboard.press('s');
    await eventually(() => page.getByTestId('current-entry').textContent()).toContain('in Bearbeitung');
    await page.keyboard.press('f');
    const services = page.locator('#panel-finish ~ form input[type="checkbox"]');
    await eventually(() => services.count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Bürgeramt Wer und Was: Anmeldung').isChecked()).toBe(true);
    expect(await page.getByLabel('Bürgeramt Wer und Was: Reisepass').isChecked()).toBe(false);
    await checkBothWidths(page, 'counter-day-finish');
    await page.getByRole('button', { name: 'Abschließen' }).click();
    await eventually(() => page.getByTestId('current-entry').count()).toBe(0);
    const [served] = await api.app.orm.em.fork().execute<{ served_service_ids: number[] }[]>('select served_service_ids from queue_entry where office_id = ? and display_number = ?', [api.databaseKey(office.officeId), booked]);
    expect(served.served_service_ids).toEqual([api.databaseKey(office.shortServiceId)]);
    expect(clerk.problems).toEqual([]);
    await clerk.context.close();
  }, 120_000);

  it('calls the urgent requeued ticket shown at place 1, from either of two counters', async () => {
    await api.setClock(at('08:55'));
    const office = await officeWithCounters('Bürgeramt Dringend', 'Schalter 1', 'Schalter 2');
    const urgent = await ticket(office);
    const walkIn = await ticket(office);
    const first = await atCounter(await account(office, 'Anna Eins'), office, 'Schalter 1');
    const second = await atCounter(await account(office, 'Bernd Zwei'), office, 'Schalter 2', { viewport: 'phone' });
    await eventually(() => places(second.page)).toEqual([urgent.number, walkIn.number]);

    // The first counter calls the ticket, it does not answer, and comes back urgent.
    await first.page.keyboard.press('n');
    await eventually(() => currentNumber(first.page)).toBe(urgent.number);
    await first.page.keyboard.press('v');
    await eventually(() => row(first.page, urgent.number).getAttribute('data-status')).toBe('missed');
    await row(first.page, urgent.number).locator('input[type="radio"]').check();
    await first.page.keyboard.press('z');
    await eventually(() => row(first.page, urgent.number).getAttribute('data-status')).toBe('waiting');
    await row(first.page, urgent.number).locator('input[type="radio"]').check();
    await first.page.keyboard.press('d');
    await eventually(() => cell(second.page, urgent.number, 'priority').textContent()).toBe('dringend');
    // Called a moment ago, it lets the walk-in go first for five minutes, and the places say so.
    await eventually(() => places(second.page)).toEqual([walkIn.number, urgent.number]);
    expect(await row(second.page, urgent.number).textContent()).toContain('zurückgestellt bis 09:00');
    await checkBothWidths(second.page, 'counter-day-urgent');

    await first.page.keyboard.press('n');
    await eventually(() => currentNumber(first.page)).toBe(walkIn.number);
    // At place 1 now, alone: the other counter calls it, instead of hearing that nobody waits.
    await eventually(() => places(second.page)).toEqual([urgent.number]);
    await second.page.getByRole('button', { name: /Nächste Person/ }).click();
    await eventually(() => second.page.getByTestId('current-entry').count()).toBe(1);
    expect(await currentNumber(second.page)).toBe(urgent.number);
    expect(await second.page.getByRole('alert').count()).toBe(0);
    for (const { problems, context } of [first, second]) {
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('keeps places in calling order as time passes: the walk-in back from its skip is at place 1, not the appointment due later, and estimates move', async () => {
    await api.setClock(at('09:00'));
    const office = await officeWithCounters('Bürgeramt Uhrzeit', 'Schalter 1', 'Schalter 2');
    const walkIn = await ticket(office);
    const helper = await apiClerk(office, 'Schalter 2');
    const { callNext } = await api.data(`mutation { callNext { ... on QueueEntry { id } } }`, {}, helper);
    await api.data(step('markMissed'), { input: { entryId: callNext.id } }, helper);
    await api.data(step('requeueEntry'), { input: { entryId: callNext.id } }, helper);
    await api.data(`mutation { signOutOfCounter }`, {}, helper);
    const booked = await checkedInAppointment(office, '09:30', 'Otto Später');
    const clerk = await atCounter(await account(office, 'Clara Uhr'), office, 'Schalter 1', { fakeClock: true });
    const { page } = clerk;
    // 09:00: the walk-in is held back until 09:05, so the 09:30 appointment is called first.
    await eventually(() => places(page)).toEqual([booked, walkIn.number]);
    expect(await page.getByTestId('computed-at').textContent()).toBe('Stand 09:00.');

    // 09:06, and nothing happened to the queue: the page asks again by itself.
    await api.setClock(at('09:06'));
    await page.clock.fastForward(60_000);
    await eventually(() => places(page)).toEqual([walkIn.number, booked]);
    expect(await page.getByTestId('computed-at').textContent()).toBe('Stand 09:06.');
    await checkBothWidths(page, 'counter-day-clock');
    await page.keyboard.press('n');
    await eventually(() => currentNumber(page)).toBe(walkIn.number);

    // The walk-in is served from 09:06 (10 minutes, no history yet): the appointment waits 10, then 6.
    await page.keyboard.press('s');
    await eventually(() => cell(page, booked, 'wait').textContent()).toBe('10 Min.');
    await api.advanceClock(4);
    await page.clock.fastForward(60_000);
    await eventually(() => cell(page, booked, 'wait').textContent()).toBe('6 Min.');
    expect(clerk.problems).toEqual([]);
    await clerk.context.close();
  }, 120_000);

  it('refuses a second account at a counter someone works at, says who, and lets an office admin take it over', async () => {
    await api.setClock(at('08:55'));
    const office = await officeWithCounters('Bürgeramt Ein Platz', 'Schalter 1', 'Schalter 2');
    const anna = await atCounter(await account(office, 'Anna Platz'), office, 'Schalter 1');
    await eventually(() => anna.page.getByTestId('counter-worker').textContent()).toBe('Hier arbeitet Anna Platz seit 08:55');

    const bernd = await atCounter(await account(office, 'Bernd Platz'), office, 'Schalter 1', { viewport: 'phone' });
    await eventually(() => bernd.page.getByTestId('counter-occupied').textContent()).toContain('Schalter 1 ist besetzt: dort arbeitet Anna Platz seit 08:55.');
    expect(await bernd.page.getByRole('button', { name: 'Schalter übernehmen' }).count()).toBe(0);
    expect(await bernd.page.getByLabel('Schalter', { exact: true }).locator('option', { hasText: 'besetzt: Anna Platz' }).count()).toBe(1);
    expect(await bernd.page.getByTestId('counter-session').count()).toBe(0);
    await checkBothWidths(bernd.page, 'counter-day-occupied');

    const chefin = await atCounter(await account(office, 'Chefin Platz', 'officeAdmin'), office, 'Schalter 1');
    await chefin.page.getByRole('button', { name: 'Schalter übernehmen' }).click();
    await eventually(() => chefin.page.getByTestId('counter-worker').textContent()).toBe('Hier arbeitet Chefin Platz seit 08:55');
    await eventually(() => anna.page.getByTestId('counter-lost').textContent()).toBe('Sie arbeiten nicht mehr an Schalter 1: der Platz wurde an anderer Stelle beendet oder übernommen.');
    await check(anna.page, 'counter-day-taken-over');
    for (const { problems, context } of [anna, bernd, chefin]) {
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('prints a ticket issued at the counter: number, service and the QR code of its status page, on 80 mm', async () => {
    await api.setClock(at('08:55'));
    const office = await officeWithCounters('Bürgeramt Ausdruck', 'Schalter 1');
    const clerk = await atCounter(await account(office, 'Dora Druck'), office, 'Schalter 1');
    const { page } = clerk;
    await eventually(() => page.getByTestId('counter-session').count()).toBe(1);
    await page.keyboard.press('t');
    await page.getByLabel('Bürgeramt Ausdruck: Reisepass').check();
    const answer = page.waitForResponse(async (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('IssueTicket'));
    await page.getByRole('button', { name: 'Ausgeben' }).click();
    const { data } = await (await answer).json();
    const { statusUrl, entry } = data.issueTicket;
    expect(statusUrl).toMatch(new RegExp(`/portal/status#number=${entry.displayNumber}&secret=`));
    const slip = page.getByTestId('issued-ticket');
    await eventually(() => slip.getByTestId('slip-number').textContent()).toBe(entry.displayNumber);
    expect(await slip.getByTestId('slip-services').textContent()).toContain('Bürgeramt Ausdruck: Reisepass');
    await slip.getByTestId('slip-qr').waitFor();
    // The code holds the ticket's status link: pixel for pixel the code the shared module makes of it.
    expect(await samePicture(page, (await slip.getByTestId('slip-qr').getAttribute('src'))!, await ticketQrCode(statusUrl))).toBe(true);
    expect(await slip.getByRole('button', { name: 'Drucken' }).count()).toBe(1);
    await checkBothWidths(page, 'counter-day-ticket');

    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('ticket-print');
    expect(await printed.isVisible()).toBe(true);
    expect(await page.locator('#app').isVisible()).toBe(false);
    expect(await printed.getByTestId('slip-number').textContent()).toBe(entry.displayNumber);
    expect(await printed.getByTestId('slip-services').textContent()).toContain('Bürgeramt Ausdruck: Reisepass');
    expect(await printed.getByTestId('slip-qr').isVisible()).toBe(true);
    await screenshot(page, suite, 'counter-day-ticket-print');
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const [, width] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Number(width) * (25.4 / 72)).toBeCloseTo(80, 0);
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    expect(clerk.problems).toEqual([]);
    await clerk.context.close();
  }, 120_000);
});

/** Whether two images show the same pixels, decoded by the page (PNG encoders differ in bytes, not in pixels). */
async function samePicture(page: Page, shown: string, expected: string): Promise<boolean> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (source: string) => {
        const image = new Image();
        image.src = source;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { width: canvas.width, height: canvas.height, data: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
      };
      const [left, right] = await Promise.all([pixels(a), pixels(b)]);
      return left.width === right.width && left.height === right.height && left.data.every((value, index) => value === right.data[index]);
    },
    [shown, expected] as const,
  );
}
