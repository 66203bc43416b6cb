import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, offerService } from './portal-test-kit';

const bookedAppointment = graphql(`
  query PortalDrawAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      status
      contactName
    }
  }
`);

const suite = 'portal-draw';
const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const serviceName = 'Aufenthaltserlaubnis verlängern';
const officeName = 'Bürgeramt Verlosung';

/**
 * Issue 21's "done when" in the portal: an office admin switches a service to the draw and
 * schedules one; citizens find it from the booking flow, register, confirm by mail link or SMS
 * code, are drawn, and book the offer; the draw's page shows the commitment before and the seed
 * after. The API's clock stands still unless moved: the window opens at its start and closes half
 * an hour later, long after the browser's real clock has done the registering.
 */
describeInBrowser('portal: registering for a draw, being drawn, booking the offer', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let mail: MailServer;
  let smsEndpoint: http.Server;
  const sms: { to: string; text: string }[] = [];
  let drawId: string;
  let commitment: string;
  /** Grace's status page, kept from the registration for after the draw. */
  let graceStatus: string;

  beforeAll(async () => {
    mail = await startMailServer();
    smsEndpoint = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        sms.push(JSON.parse(body) as { to: string; text: string });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => smsEndpoint.listen(0, '127.0.0.1', resolve));
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString(), { SMTP_URL: mail.url, SMS_PROVIDER_URL: `http://127.0.0.1:${(smsEndpoint.address() as AddressInfo).port}/messages` }), launchBrowser()]);
    const { officeId } = await createOffice(api, officeName, { weekdays: [1, 2, 3, 4, 5, 6, 7], publicCounters: 1, endInDays: 14 });
    const serviceId = await offerService(api, [officeId], serviceName);
    const { setServiceReleaseMode } = await api.admin(`mutation ($input: SetServiceReleaseModeInput!) { setServiceReleaseMode(input: $input) { __typename } }`, { input: { officeId, serviceId, mode: 'draw' } });
    expect(setServiceReleaseMode.__typename).toBe('ServiceRelease');
    const now = api.clock.now();
    const localDay = (daysAhead: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(now.getTime() + daysAhead * 86_400_000));
    const closesAt = new Date(now.getTime() + 30 * 60_000).toISOString();
    const { scheduleDraw } = await api.admin(`mutation ($input: ScheduleDrawInput!) { scheduleDraw(input: $input) { __typename ... on Draw { id commitment } ... on InvalidInput { problems } } }`, {
      input: { serviceId, officeIds: [officeId], registrationOpensAt: now.toISOString(), registrationClosesAt: closesAt, drawAt: closesAt, slotsFrom: localDay(1), slotsTo: localDay(7) },
    });
    expect(scheduleDraw.__typename, JSON.stringify(scheduleDraw)).toBe('Draw');
    drawId = scheduleDraw.id as string;
    commitment = scheduleDraw.commitment as string;
    await api.runJobs();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await mail?.close();
    await new Promise((resolve) => smsEndpoint?.close(resolve));
  });

  /** Runs the jobs (the draw, the outbox) until the nth mail to `address` (any case) whose subject starts so has come. */
  async function mailTo(address: string, subject: string, nth = 1): Promise<ReceivedMail> {
    const matching = () => mail.received.filter((received) => received.to.some((to) => to.toLowerCase() === address) && received.subject.startsWith(subject));
    for (let round = 0; round < 50 && matching().length < nth; round++) {
      await api.runJobs();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const found = matching()[nth - 1];
    if (!found) throw new Error(`no mail "${subject}" to ${address}; got ${mail.received.map((received) => `${received.to} ${received.subject}`).join(' | ')}`);
    return found;
  }

  /** The portal page a link in the mail leads to, on this API (the mail names the configured public address). */
  function linkIn(received: ReceivedMail, page: string): string {
    const match = new RegExp(`/portal/${page}#token=([A-Za-z0-9._-]+)`).exec(received.text);
    if (!match) throw new Error(`no ${page} link in:\n${received.text}`);
    return `${api.url}/portal/${page}#token=${match[1]}`;
  }

  async function fillRegistration(page: Page, name: string, email: string, phone?: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'Für die Verlosung registrieren' }).waitFor();
    await page.getByLabel('Name, wie er auf dem Termin stehen soll *').fill(name);
    await page.getByLabel('E-Mail-Adresse *').fill(email);
    if (phone) await page.getByLabel('Telefon (freiwillig)').fill(phone);
  }

  it('registers at 360 px with a phone number, and the SMS code confirms the registration on its status page', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/draw`);
    await page.getByTestId('draw').waitFor();
    expect(await page.getByTestId('draw-phase').textContent()).toBe('Anmeldung offen');
    await checkScreen(page, suite, '01-draws');
    await page.getByTestId('draw-register').click();
    await fillRegistration(page, 'Grace Hopper', 'grace@example.org', '+49 151 2345678');
    await page.getByLabel('Für wie viele Personen?').selectOption('1');
    await page.getByLabel('Wenn ich diesmal keinen Termin bekomme').check();
    await checkScreen(page, suite, '02-form');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await page.getByTestId('draw-registered').waitFor();
    expect(await page.getByTestId('draw-registered').textContent()).toContain('Code aus der SMS');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draw-done-heading');
    await checkScreen(page, suite, '03-registered');

    await page.getByTestId('draw-status-link').click();
    await page.getByTestId('draw-status').waitFor();
    expect(await page.getByTestId('draw-status').textContent()).toContain('Noch nicht bestätigt');
    graceStatus = page.url();
    await mailTo('grace@example.org', 'Bitte bestätigen Sie Ihre Registrierung für die Verlosung');
    const code = /\b(\d{6})\b/.exec(sms.find((message) => message.to === '+49 151 2345678')?.text ?? '')?.[1];
    expect(code, JSON.stringify(sms)).toBeDefined();
    // A wrong code first: said at the field.
    await page.getByLabel('Code aus der SMS').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Code bestätigen' }).click();
    await page.getByText('Der Code stimmt nicht').waitFor();
    await checkScreen(page, suite, '04-status-code');
    await page.getByLabel('Code aus der SMS').fill(code!);
    await page.getByRole('button', { name: 'Code bestätigen' }).click();
    await page.getByTestId('draw-verified').waitFor();
    await checkScreen(page, suite, '05-status-verified');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leads from the booking flow to the draw, registers at 1280 px, confirms by the mail link, is drawn and books the offer', { timeout: 180_000 }, async () => {
    const { page, context, problems } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Aufenthalt');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('radio', { name: new RegExp(officeName) }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    // No first-come day: the day step leads to the draw instead of a dead end.
    await page.getByTestId('draw-hint').waitFor();
    await checkScreen(page, suite, '06-booking-hint');
    await page.getByTestId('draw-hint-link').click();
    await page.getByRole('heading', { level: 1, name: 'Terminverlosung' }).waitFor();
    const draw = page.getByTestId('draw');
    await draw.waitFor();
    expect(await draw.getByRole('heading').first().textContent()).toBe(serviceName);
    expect(await draw.getByTestId('draw-commitment').textContent()).toBe(commitment);
    expect(await draw.getByTestId('draw-seed').count()).toBe(0);
    await checkScreen(page, suite, '07-draws');

    await draw.getByTestId('draw-register').click();
    await fillRegistration(page, 'Ada Lovelace', 'ada@example.org');
    // A window that ends before it starts is refused at the field, before anything is sent.
    await page.getByRole('button', { name: 'Zeitfenster hinzufügen' }).click();
    await page.locator('#draw-window-0-from').fill('12:00');
    await page.locator('#draw-window-0-to').fill('08:00');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await page.getByText('Zeitfenster 1: Bitte geben Sie zwei Uhrzeiten an').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draw-window-0-from');
    await checkScreen(page, suite, '08-form-problem');
    await page.locator('#draw-window-0-from').fill('08:00');
    await page.locator('#draw-window-0-to').fill('12:00');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await page.getByTestId('draw-registered').waitFor();
    expect(await page.getByTestId('draw-registered').textContent()).toContain('ada@example.org');
    await checkScreen(page, suite, '09-registered');

    await page.goto(linkIn(await mailTo('ada@example.org', 'Bitte bestätigen Sie Ihre Registrierung für die Verlosung'), 'draw/verify'));
    await page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre Registrierung' }).waitFor();
    await checkScreen(page, suite, '10-verify');
    await page.getByRole('button', { name: 'Registrierung bestätigen' }).click();
    await page.getByTestId('draw-verified').waitFor();
    expect(await page.getByText('08:00 bis 12:00 Uhr').count()).toBe(1);
    await checkScreen(page, suite, '11-verified');

    // The same person once more: the later registration is refused when it is confirmed, and the page says so plainly.
    await page.goto(`${api.url}/portal/draw/register?draw=${encodeURIComponent(drawId)}`);
    await fillRegistration(page, 'Ada Lovelace', 'Ada@Example.org');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await page.getByTestId('draw-registered').waitFor();
    await page.goto(linkIn(await mailTo('ada@example.org', 'Bitte bestätigen Sie Ihre Registrierung für die Verlosung', 2), 'draw/verify'));
    await page.getByRole('button', { name: 'Registrierung bestätigen' }).click();
    await page.getByTestId('draw-duplicate').waitFor();
    await checkScreen(page, suite, '12-duplicate');

    // The window closes, the draw runs; Ada's offer comes by mail.
    await api.advanceClock(31);
    const offerMail = await mailTo('ada@example.org', 'Ihr Termin aus der Verlosung');
    await page.goto(linkIn(offerMail, 'draw/offer'));
    await page.getByRole('heading', { name: 'Dieser Termin ist für Sie reserviert' }).waitFor();
    expect(await page.getByTestId('draw-offer-time').textContent()).toMatch(/\b(0[89]|1[01]):\d\d\b/);
    await checkScreen(page, suite, '13-offer');
    await page.getByRole('button', { name: 'Ja, Termin buchen' }).click();
    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    const number = Number(await page.getByTestId('appointment-number').textContent());
    const secret = (await page.getByTestId('appointment-code').textContent())!.trim();
    await checkScreen(page, suite, '14-booked');
    // Booked in one step, in the registration's name.
    const { appointment } = await api.data(bookedAppointment, { input: { number, secret } });
    expect(appointment).toEqual({ status: 'confirmed', contactName: 'Ada Lovelace' });

    // After the draw the page shows the seed, which the commitment published before it was made of.
    await page.goto(`${api.url}/portal/draw`);
    const past = page.getByTestId('past-draw');
    await past.waitFor();
    const seed = (await past.getByTestId('draw-seed').textContent())!.trim();
    expect(createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex')).toBe(commitment);
    expect(await past.getByTestId('draw-figures').textContent()).toContain('Registrierungen');
    const resultHref = (await past.getByTestId('draw-result').getAttribute('href'))!;
    expect(resultHref).toBe(`${api.url}/draws/${encodeURIComponent(drawId)}/result.json`);
    const published = (await (await fetch(resultHref)).json()) as { seed: string; entries: { digest: string; position: number }[] };
    expect(published.seed).toBe(seed);
    expect(published.entries).toHaveLength(2);
    // What the page tells anyone to run checks the published draw, against the commitment the page showed before registering.
    const command = (await past.getByTestId('draw-verify-command').textContent())!.trim();
    expect(command).toBe(`node ops/draw/verify-draw.mjs ${resultHref}`);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(repositoryRoot, command.split(' ')[1]), resultHref, '--commitment', commitment]);
    expect(stdout).toContain('commitment matches');
    expect(stdout).toContain('order verified: 2 entries');
    await checkScreen(page, suite, '15-drawn');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows at 360 px after the draw the place and entry digest of a registration, which the published list holds, withdraws it, and shows the draw in Arabic', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(graceStatus);
    await page.getByTestId('draw-position').waitFor();
    const digest = (await page.getByTestId('draw-entry-digest').textContent())!.trim();
    const published = (await (await fetch(`${api.url}/draws/${encodeURIComponent(drawId)}/result.json`)).json()) as { entries: { digest: string; position: number }[] };
    const entry = published.entries.find((candidate) => candidate.digest === digest);
    expect(entry).toBeDefined();
    expect(await page.getByTestId('draw-position').textContent()).toBe(`Platz ${entry!.position}`);
    await checkScreen(page, suite, '16-status-drawn');
    // Withdrawing asks first, by keyboard too; the open offer goes with it.
    await page.getByRole('button', { name: 'Registrierung zurückziehen' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ja, zurückziehen');
    await checkScreen(page, suite, '17-status-withdraw');
    await page.keyboard.press('Enter');
    await page.getByText('Sie haben die Registrierung zurückgezogen.').waitFor();
    expect(await page.getByTestId('draw-status-offer').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Registrierung zurückziehen' }).count()).toBe(0);
    await page.goto(`${api.url}/portal/draw`);
    await page.getByTestId('past-draw').getByTestId('draw-seed').waitFor();
    await checkScreen(page, suite, '18-drawn');
    // Right to left, the 64 hex digits wrapping inside the phone's width.
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'قرعة المواعيد' }).waitFor();
    expect(await page.getByTestId('past-draw').getByTestId('draw-phase').textContent()).toBe('تم السحب، والعروض جارية');
    await checkScreen(page, suite, '19-drawn-arabic');
    expect(problems).toEqual([]);
    await context.close();
  });
});
