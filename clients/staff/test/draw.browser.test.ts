/**
 * The draw in the staff app (issue 21): an office admin switches a service to the draw,
 * schedules a draw and sees its commitment, marks a registration urgent before the draw, and
 * registers a citizen at the counter on their behalf; the citizen then confirms by mail.
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { check, documentWidth, eventually, officeAdmin, openSection, overflowing, signedIn } from './admin-browser';

// The citizen's step, anonymous: only a trusted document, by hash.
const verifyDocument = graphql(`
  mutation StaffDrawVerifyRegistration($token: String!) {
    verifyDrawRegistration(token: $token) {
      __typename
    }
  }
`);

/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const thursday = addDays(monday, 3);
const slotsFrom = addDays(monday, 7);
const slotsTo = addDays(monday, 11);
const admin = 'los-verwaltung';
const serviceName = 'Bürgeramt Losverfahren: Anmeldung';

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;

const draws = async () =>
  (
    await api.admin(`query ($officeId: ID!) { draws(officeId: $officeId) { id status commitment slotsFrom slotsTo offerHoldHours urgentQuota registrationOpensAt registrationClosesAt drawAt service { id } offices { id } } }`, {
      officeId: office.officeId,
    })
  ).draws;

const registrations = async (drawId: string) => (await api.admin(`query ($drawId: ID!) { drawRegistrations(drawId: $drawId) { name channel urgentReason registration { id status urgent } } }`, { drawId })).drawRegistrations;

/** The mails of a kind to an address, as the outbox sent them. */
async function mailsTo(email: string, kind: string) {
  await api.runJobs();
  return api.app.orm.em.fork().execute<{ text_body: string }[]>(`select text_body from outbox_message where recipient = ? and kind = ?`, [email, kind]);
}

describeInBrowser('staff: the draw', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(monday, '09:00')), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Losverfahren', { weekdays: [1, 2, 3, 4, 5], startInDays: 1, endInDays: 28 });
    await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { __typename } }`, { input: { officeId: office.officeId, name: 'Schalter 1' } });
    await officeAdmin(api, admin, office.officeId);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('switches a service to the draw, schedules a draw and lists it with its commitment', async () => {
    const { page, problems } = await signedIn(api, browser, admin, `/admin/${office.officeId}/services`);
    await openSection(page, 'Verlosungen');
    expect(await page.getByTestId('draw-schedule-none').count()).toBe(1);

    await page.getByLabel(`Vergabe für ${serviceName}`).selectOption('draw');
    await page.getByRole('button', { name: `Speichern (${serviceName})` }).click();
    const modes = async () => (await api.admin(`query ($officeIds: [ID!]!) { serviceReleases(officeIds: $officeIds) { serviceId mode } }`, { officeIds: [office.officeId] })).serviceReleases;
    await eventually(async () => (await modes()).filter((release: { mode: string }) => release.mode === 'draw')).toEqual([{ serviceId: office.shortServiceId, mode: 'draw' }]);

    // The times are the office's (Berlin), whatever the browser's zone.
    await eventually(() => page.getByLabel('Dienstleistung', { exact: true }).locator('option').allTextContents()).toEqual([serviceName]);
    expect(await page.getByLabel('Bürgeramt Losverfahren', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Anmeldung ab').fill(`${monday}T09:00`);
    await page.getByLabel('Anmeldung bis').fill(`${thursday}T09:00`);
    await page.getByLabel('Verlosung am', { exact: true }).fill(`${thursday}T10:00`);
    await page.getByLabel('Erster Tag').fill(slotsFrom);
    await page.getByLabel('Letzter Tag').fill(slotsTo);
    await page.getByLabel('Angebot gilt (Stunden)').fill('48');
    await page.getByLabel('Plätze für dringende Anmeldungen (freiwillig)').fill('2');
    page.on('websocket', (ws) => console.log('NEWWS', ws.url()));
    await page.getByRole('button', { name: 'Verlosung planen' }).click();

    await eventually(async () => (await draws()).length).toBe(1);
    const [draw] = await draws();
    expect(draw).toMatchObject({
      service: { id: office.shortServiceId },
      offices: [{ id: office.officeId }],
      slotsFrom,
      slotsTo,
      offerHoldHours: 48,
      urgentQuota: 2,
      registrationOpensAt: new Date(berlinTime(monday, '09:00')).toISOString(),
      registrationClosesAt: new Date(berlinTime(thursday, '09:00')).toISOString(),
      drawAt: new Date(berlinTime(thursday, '10:00')).toISOString(),
    });
    expect(draw.commitment).toMatch(/^[0-9a-f]{64}$/);
    const card = page.locator(`[data-draw="${draw.id}"]`);
    await eventually(() => card.getByTestId('draw-commitment').textContent()).toBe(draw.commitment);
    expect(await card.getByTestId('draw-seed').count()).toBe(0);
    expect(await card.getByRole('heading', { level: 4 }).textContent()).toContain(serviceName);
    await check(page, 'draw-scheduled');

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'draw-scheduled');
    expect(problems).toEqual([]);
  }, 120_000);

  it('marks a registration urgent with its reason before the draw', async () => {
    const [draw] = await draws();
    await api.runJobs();
    const { registerForDraw } = await api.admin(`mutation ($input: RegisterForDrawInput!) { registerForDraw(input: $input) { __typename ... on DrawRegistered { registration { id } } ... on InvalidInput { problems } } }`, {
      input: { drawId: draw.id, officeIds: [office.officeId], dateFrom: slotsFrom, dateTo: slotsTo, contact: { name: 'Dana Dringend', email: 'dana@example.org' } },
    });
    expect(registerForDraw.__typename, JSON.stringify(registerForDraw)).toBe('DrawRegistered');

    const { page, problems } = await signedIn(api, browser, admin, `/admin/${office.officeId}/draws`);
    const card = page.locator(`[data-draw="${draw.id}"]`);
    await card.getByRole('button', { name: 'Anmeldungen anzeigen' }).click();
    const row = card.locator(`tr[data-registration="${registerForDraw.registration.id}"]`);
    await eventually(() => row.locator('th').textContent()).toBe('Dana Dringend');
    expect(await row.getByTestId('registration-status').textContent()).toBe('E-Mail nicht bestätigt');
    await row.getByLabel('Grund (Dana Dringend)').fill('Aufenthaltstitel läuft am Monatsende ab');
    await row.getByRole('button', { name: 'Als dringend markieren (Dana Dringend)' }).click();
    await eventually(() => row.getByTestId('registration-urgent').textContent()).toBe('dringend: Aufenthaltstitel läuft am Monatsende ab');
    expect(await registrations(draw.id)).toEqual([
      { name: 'Dana Dringend', channel: 'staff', urgentReason: 'Aufenthaltstitel läuft am Monatsende ab', registration: { id: registerForDraw.registration.id, status: 'unverified', urgent: true } },
    ]);
    await check(page, 'draw-registrations');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'draw-registrations');
    expect(problems).toEqual([]);
  }, 120_000);

  it('registers a citizen for the draw at the counter, who then confirms by mail', async () => {
    const [draw] = await draws();
    const { page, problems } = await signedIn(api, browser, admin, '/counter');
    const counterSelect = page.getByLabel('Schalter', { exact: true });
    await eventually(() => counterSelect.locator('option').count()).toBeGreaterThan(0);
    await counterSelect.selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Arbeit beginnen' }).click();
    await page.getByRole('button', { name: /Zur Verlosung anmelden/ }).click();
    await eventually(() => page.locator('#panel-draw').isVisible()).toBe(true);

    await eventually(() => page.getByLabel('Verlosung', { exact: true }).locator('option').count()).toBe(1);
    expect(await page.getByLabel('Frühester Tag').inputValue()).toBe(slotsFrom);
    expect(await page.getByLabel('Bürgeramt Losverfahren', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Spätester Tag').fill(addDays(slotsFrom, 2));
    await page.getByRole('button', { name: 'Zeitraum hinzufügen' }).click();
    await page.getByLabel('Zeitraum 1 von').fill('08:00');
    await page.getByLabel('Zeitraum 1 bis').fill('10:00');
    await page.getByLabel('Name', { exact: true }).fill('Emil Vor-Ort');
    await page.getByLabel('E-Mail', { exact: true }).fill('emil@example.org');
    await check(page, 'draw-counter-register');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await eventually(() => page.getByTestId('draw-registered').textContent()).toContain('emil@example.org');

    const emil = (await registrations(draw.id)).find((entry: { name: string }) => entry.name === 'Emil Vor-Ort');
    expect(emil).toMatchObject({ channel: 'staff', registration: { status: 'unverified', urgent: false } });
    const [mail] = await mailsTo('emil@example.org', 'drawVerify');
    expect(mail?.text_body).toContain('/portal/draw/verify#token=');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'draw-counter-registered');
    expect(problems).toEqual([]);
  }, 120_000);

  it('after the draw shows the seed that matches the commitment, the places and the statistics, and no longer cancels', async () => {
    const [draw] = await draws();
    // Emil confirms the mail; Dana never does, so she takes no part.
    const [mail] = await mailsTo('emil@example.org', 'drawVerify');
    const token = /draw\/verify#token=([\w.-]+)/.exec(mail.text_body)![1];
    const { verifyDrawRegistration } = await api.data(verifyDocument, { token });
    expect(verifyDrawRegistration.__typename).toBe('DrawRegistrationView');
    await api.setClock(berlinTime(thursday, '10:01'));
    // Three days on, the admin's session has run out.
    api.adminToken = await api.login(adminUsername, adminPassword);
    await api.runJobs();
    await eventually(async () => (await draws())[0].status).toBe('drawn');
    const {
      draws: [drawn],
    } = await api.admin(`query ($officeId: ID!) { draws(officeId: $officeId) { seed commitment } }`, { officeId: office.officeId });
    expect(createHash('sha256').update(Buffer.from(drawn.seed, 'hex')).digest('hex')).toBe(draw.commitment);

    const { page, problems } = await signedIn(api, browser, admin, `/admin/${office.officeId}/draws`);
    const card = page.locator(`[data-draw="${draw.id}"]`);
    await eventually(() => card.getByTestId('draw-seed').textContent()).toBe(drawn.seed);
    expect(await card.getByTestId('draw-status').textContent()).toBe('verlost, Angebote laufen');
    const figures = await card.getByTestId('draw-statistics').evaluate((list) => Object.fromEntries([...list.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent])));
    expect(figures).toMatchObject({ 'Bestätigte Anmeldungen': '1', Angebote: '1', Gebucht: '0' });
    expect(await card.getByRole('button', { name: 'Verlosung absagen' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Anmeldungen anzeigen' }).click();
    const emil = card.locator('tr', { hasText: 'Emil Vor-Ort' });
    await eventually(() => emil.getByTestId('registration-status').textContent()).toBe('Angebot erhalten');
    expect(await emil.locator('td').nth(5).textContent()).toBe('1');
    // After the draw urgency is settled: no more marking.
    expect(await card.getByRole('button', { name: /Als dringend markieren/ }).count()).toBe(0);
    await check(page, 'draw-drawn');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'draw-drawn');
    expect(problems).toEqual([]);
  }, 120_000);

  it('says why a draw is refused, and cancels a draw before it runs', async () => {
    const { page, problems } = await signedIn(api, browser, admin, `/admin/${office.officeId}/draws`);
    await page.getByLabel('Anmeldung ab').fill(`${thursday}T11:00`);
    await page.getByLabel('Anmeldung bis').fill(`${addDays(thursday, 1)}T11:00`);
    await page.getByLabel('Verlosung am', { exact: true }).fill(`${addDays(thursday, 1)}T11:00`);
    // The last day before the first: the API refuses it, and the form says so.
    await page.getByLabel('Erster Tag').fill(addDays(monday, 25));
    await page.getByLabel('Letzter Tag').fill(addDays(monday, 21));
    await page.getByRole('button', { name: 'Verlosung planen' }).click();
    await eventually(() => page.getByTestId('form-problems').count()).toBe(1);
    expect(await draws()).toHaveLength(1);

    await page.getByLabel('Letzter Tag').fill(addDays(monday, 26));
    await page.getByRole('button', { name: 'Verlosung planen' }).click();
    await eventually(async () => (await draws()).length).toBe(2);
    const later = (await draws()).find((draw: { slotsFrom: string }) => draw.slotsFrom === addDays(monday, 25));
    const card = page.locator(`[data-draw="${later.id}"]`);
    await eventually(() => card.getByTestId('draw-status').textContent()).toMatch(/^(geplant|Anmeldung offen)$/);
    await card.getByRole('button', { name: 'Verlosung absagen' }).click();
    // Cancelled, the draw leaves the list (draws lists the upcoming and the recent ones); the notice stays.
    await eventually(() => card.count()).toBe(0);
    expect(await page.getByTestId('draw-cancelled').textContent()).toBe('Die Verlosung ist abgesagt.');
    expect((await draws()).map((draw: { id: string }) => draw.id)).not.toContain(later.id);
    expect(await api.app.orm.em.fork().execute(`select status from draw where id = ?`, [api.databaseKey(later.id)])).toEqual([{ status: 'cancelled' }]);
    await check(page, 'draw-cancelled');
    expect(problems).toEqual([]);
  }, 120_000);
});
