import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { book, check, documentWidth, eventually, officeAdmin, openSection, overflowing, signedIn, type Booking } from './admin-browser';

const availableDaysDocument = graphql(`
  query StaffClosuresAvailableDays($input: AvailableDaysInput!) {
    availableDays(input: $input) {
      date
    }
  }
`);

/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const tuesday = addDays(monday, 1);
const wednesday = addDays(monday, 2);
const thursday = addDays(monday, 3);
const friday = addDays(monday, 4);

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;
const booked: Record<'wednesday' | 'thursday' | 'kept' | 'fridayLate', Booking> = {} as never;

/** The office's notices of cancellation to an address, as the outbox sent them. */
async function noticesTo(email: string) {
  await api.runJobs();
  return api.app.orm.em.fork().execute<{ status: string; text_body: string }[]>(`select status, text_body from outbox_message where recipient = ? and kind = 'cancelledByOffice'`, [email]);
}

const confirmedOn = async (from: string, until: string) =>
  (
    await api.app.orm.em
      .fork()
      .execute<{ number: number }[]>(`select number from appointment where office_id = ? and local_date between ? and ? and status in ('confirmed', 'preconfirmed') order by number`, [api.databaseKey(office.officeId), from, until])
  ).map((row) => String(row.number));

describeInBrowser('staff: closures that never strand booked citizens', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(tuesday, '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    office = await createOffice(api, 'Bürgeramt Umzug', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
    booked.wednesday = await book(api, office.officeId, office.shortServiceId, wednesday, '10:00', 'wanda@example.org');
    booked.thursday = await book(api, office.officeId, office.shortServiceId, thursday, '09:00', 'theo@example.org');
    booked.kept = await book(api, office.officeId, office.shortServiceId, thursday, '09:10', 'kim@example.org');
    booked.fridayLate = await book(api, office.officeId, office.shortServiceId, friday, '11:30', 'fritz@example.org');
    await officeAdmin(api, 'umzug-verwaltung', office.officeId);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('closes days in a row in one step, cancels the booked with a notice to each citizen, keeps what the admin keeps, and says so', async () => {
    const { page, problems } = await signedIn(api, browser, 'umzug-verwaltung', `/admin/${office.officeId}/closures`);
    await page.getByLabel('Erster Tag').fill(wednesday);
    await page.getByLabel('Letzter Tag').fill(thursday);
    await page.getByLabel('Grund (für Mitarbeitende)').fill('Umzug');
    await page.getByRole('button', { name: 'Schließen', exact: true }).click();

    // One closure for both days, listing every booking on them, with a way to answer each.
    const closure = page.locator(`[data-testid="closures"] > li[data-closure="${wednesday}"]`);
    await eventually(() => closure.locator('tbody th').allTextContents()).toEqual([booked.wednesday.number, booked.thursday.number, booked.kept.number]);
    expect(await page.getByTestId('closures').locator('> li').count()).toBe(1);
    expect(await closure.getByRole('heading', { level: 4 }).textContent()).toMatch(/Mittwoch, .* – Donnerstag, .*: Umzug/);
    expect(await closure.getByTestId('closure-appointments-state').textContent()).toContain('noch ohne Entscheidung: 3');
    expect(await closure.locator('tbody tr[data-state="open"]').count()).toBe(3);
    const bookable = await api.data(availableDaysDocument, {
      input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], from: wednesday, to: friday },
    });
    expect(bookable.availableDays.map((day: { date: string }) => day.date)).toEqual([friday]);
    await check(page, 'admin-closures-open');

    await closure.getByLabel(`Behalten (Termin ${booked.kept.number})`).check();
    const message = closure.getByLabel('Nachricht an die Bürgerinnen und Bürger');
    expect(await message.inputValue()).toMatch(/^Der Standort ist vom .* bis .* geschlossen\. Bitte buchen Sie einen neuen Termin\.$/);
    await message.fill('Wir ziehen um und sind an beiden Tagen geschlossen. Bitte buchen Sie einen neuen Termin.');
    await closure.getByRole('button', { name: 'Übernehmen: 2 absagen, 1 behalten' }).click();

    await eventually(() => closure.locator('tbody th').allTextContents()).toEqual([booked.kept.number]);
    expect(await closure.getByRole('status').textContent()).toContain('Erledigt: 2 abgesagt (die Bürgerinnen und Bürger werden benachrichtigt), 1 behalten.');
    expect(await closure.locator('tbody tr[data-state="kept"] td').nth(3).textContent()).toBe('behalten');
    expect(await closure.getByTestId('closure-appointments-state').textContent()).toContain('trotz Schließung behalten: 1');
    expect(await confirmedOn(wednesday, thursday)).toEqual([booked.kept.number]);
    for (const citizen of [booked.wednesday, booked.thursday]) {
      await eventually(async () => (await noticesTo(citizen.email)).map((notice) => notice.status)).toEqual(['sent']);
      const [notice] = await noticesTo(citizen.email);
      expect(notice.text_body).toContain('Grund: Wir ziehen um und sind an beiden Tagen geschlossen.');
      expect(notice.text_body).toContain('Neuen Termin buchen');
    }
    expect(await noticesTo(booked.kept.email)).toEqual([]);
    await check(page, 'admin-closures-decided');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'admin-closures-decided');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A later rule change lists what it hits itself, not the cancelled or kept bookings of the closed days.
    await openSection(page, 'Kapazität');
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByLabel('Ende').fill('11:00');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Regel gespeichert.' }).count()).toBe(1);
    const hit = page.getByTestId('affected-appointments').first();
    expect(await hit.locator('tbody th').allTextContents()).toEqual([booked.fridayLate.number]);
    // What a rule change hits can be cancelled right there too, with the same notice.
    await hit.getByLabel(`Absagen (Termin ${booked.fridayLate.number})`).check();
    await check(page, 'admin-closures-rule-change');
    await hit.getByRole('button', { name: 'Ausgewählte absagen und benachrichtigen: 1' }).click();
    await eventually(() => hit.getByRole('status').textContent()).toBe('Abgesagt: 1; die Bürgerinnen und Bürger werden benachrichtigt.');
    expect(await hit.locator('tbody th').count()).toBe(0);
    await eventually(async () => (await noticesTo(booked.fridayLate.email)).map((notice) => notice.status)).toEqual(['sent']);
    expect(problems).toEqual([]);
  }, 120_000);
});
