/**
 * Issue 19, item 4 in the staff app: an office admin words the office's booking confirmation with
 * a live preview (an unknown placeholder is named before saving), saves it, the next booking's mail
 * has it, and sets the office's copy address, all by keyboard.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { book, check, eventually, officeAdmin } from './admin-browser';

/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const tuesday = addDays(monday, 1);
const thursday = addDays(monday, 3);

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;

/** The confirmations the outbox wrote to an address. */
async function confirmationsTo(email: string) {
  return api.app.orm.em.fork().execute<{ subject: string; text_body: string }[]>(`select subject, text_body from outbox_message where recipient = ? and kind = 'confirmed' order by id`, [email]);
}

describeInBrowser('staff: messages an office words itself', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(tuesday, '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    office = await createOffice(api, 'Bürgeramt Wortlaut', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
    await officeAdmin(api, 'wortlaut-verwaltung', office.officeId);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('edits the confirmation with a live preview, saves it for the next mail, and sets the copy address', async () => {
    const { page, problems } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/staff/login?next=${encodeURIComponent(`/admin/${office.officeId}/messages`)}`);
    await page.getByLabel('Benutzername').fill('wortlaut-verwaltung');
    await page.getByLabel('Passwort').fill('admin-forms-password');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await eventually(() => page.getByRole('heading', { level: 2, name: 'Nachrichten', exact: true }).count()).toBe(1);
    await eventually(() => page.getByText('Jetzt gilt: Eingebauter Text').count()).toBe(1);
    // Nothing typed: the preview shows the built-in text with sample data.
    await eventually(() => page.getByTestId('preview-subject').textContent()).toMatch(/^Ihr Termin am /);

    // By keyboard: from the message choice to the subject and the text.
    await page.getByLabel('Nachricht', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('messages-subject');
    await page.keyboard.type('Ihr Termin {{nummer}}');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Guten Tag {{name}},\n\nbis bald bei {{office}}.\n\nAbsagen: {{cancelUrl}}');
    await eventually(() => page.getByTestId('preview-refusal').textContent()).toBe('Unbekannter Platzhalter {{nummer}} im Feld „Betreff“.');
    await check(page, 'messages-refused');

    await page.getByLabel('Betreff', { exact: true }).fill('Ihr Termin {{number}} am {{time}}');
    await eventually(() => page.getByTestId('preview-subject').textContent()).toMatch(/^Ihr Termin 100123 am /);
    expect(await page.getByTestId('preview-text').textContent()).toContain('Guten Tag Erika Mustermann,');
    expect(await page.getByTestId('preview-text').textContent()).toContain('bis bald bei Bürgeramt Wortlaut.');
    await page.getByRole('button', { name: 'Text speichern' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText('Gespeichert. Die nächste Nachricht geht mit diesem Text hinaus.').count()).toBe(1);
    await eventually(() => page.getByText('Jetzt gilt: Eigener Text dieses Standorts').count()).toBe(1);
    await check(page, 'messages-saved');

    const booked = await book(api, office.officeId, office.shortServiceId, thursday, '09:00', 'wortlaut@example.org');
    const [confirmation] = await confirmationsTo('wortlaut@example.org');
    expect(confirmation.subject).toMatch(new RegExp(`^Ihr Termin ${booked.number} am `));
    expect(confirmation.text_body).toContain('bis bald bei Bürgeramt Wortlaut.');

    await page.getByLabel('Kopie jeder Buchung und Absage an').fill('wortlaut-amt@berlin.example');
    await page.getByLabel('Erinnerungen, Stunden vor dem Termin').fill('48, 1');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText('Einstellungen gespeichert.').count()).toBe(1);
    const { officeMessages } = await api.admin(`query ($id: ID!) { officeMessages(officeId: $id) { ... on OfficeMessages { copyEmail reminderOffsetsMinutes } } }`, { id: office.officeId });
    expect(officeMessages).toEqual({ copyEmail: 'wortlaut-amt@berlin.example', reminderOffsetsMinutes: [2880, 60] });
    expect(problems).toEqual([]);
  });
});
