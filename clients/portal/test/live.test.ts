import net from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type BrowserPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, offerService } from './portal-test-kit';

const availableDaysDocument = graphql(`
  query PortalLiveAvailableDays($input: AvailableDaysInput!) {
    availableDays(input: $input) {
      date
    }
  }
`);
const reserveSlotDocument = graphql(`
  mutation PortalLiveReserveSlot($input: ReserveSlotInput!) {
    reserveSlot(input: $input) {
      __typename
      ... on Reservation {
        token
      }
    }
  }
`);
const confirmAppointmentDocument = graphql(`
  mutation PortalLiveConfirmAppointment($input: ConfirmAppointmentInput!) {
    confirmAppointment(input: $input) {
      __typename
      ... on ConfirmedAppointment {
        secret
        appointment {
          number
        }
      }
    }
  }
`);
const availableSlotsDocument = graphql(`
  query PortalLiveAvailableSlots($input: AvailableSlotsInput!) {
    availableSlots(input: $input) {
      startTimes
    }
  }
`);
const cancelAppointmentDocument = graphql(`
  mutation PortalLiveCancelAppointment($input: CancelAppointmentInput!) {
    cancelAppointment(input: $input) {
      __typename
    }
  }
`);

const suite = 'portal-live';
const serviceName = 'Anmeldung einer Wohnung';
/** How long a page may take to show what another one did: the bound, not a benchmark. */
const liveWithinMs = 5_000;

describeInBrowser('portal: free times stay current without a reload', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let officeId: string;
  let serviceId: string;
  let day: string;
  const opened: BrowserPage[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    // Two times a day (08:00 and 08:10) at one counter.
    const office = await createOffice(api, 'Bürgeramt Spandau', { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '08:20', publicCounters: 1, internCounters: 1 });
    officeId = office.officeId;
    serviceId = await offerService(api, [officeId], serviceName);
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { availableDays } = await api.data(availableDaysDocument, { input: { serviceIds: [serviceId], from, to } });
    day = availableDays[0].date;
  });

  afterAll(async () => {
    await Promise.all(opened.map(({ context }) => context.close()));
    await browser?.close();
    await api?.stop();
  });

  /**
   * A TCP proxy between browser and API that can cut every connection and refuse new ones for a
   * while: what a train tunnel does to a phone (Playwright's offline mode leaves WebSockets open).
   */
  async function startProxy(target: string) {
    const { hostname, port } = new URL(target);
    const sockets = new Set<net.Socket>();
    let refusing = false;
    const server = net.createServer((client) => {
      if (refusing) return void client.destroy();
      const upstream = net.connect(Number(port), hostname);
      const drop = () => {
        for (const socket of [client, upstream]) {
          socket.destroy();
          sockets.delete(socket);
        }
      };
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', drop).on('close', drop);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
      cut() {
        refusing = true;
        for (const socket of sockets) socket.destroy();
      },
      restore() {
        refusing = false;
      },
      close() {
        for (const socket of sockets) socket.destroy();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  async function bookThroughApi(start: string): Promise<{ number: number; secret: string }> {
    const { reserveSlot } = await api.data(reserveSlotDocument, {
      input: { officeId, serviceIds: [serviceId], start },
    });
    const { confirmAppointment } = await api.data(confirmAppointmentDocument, {
      input: { reservationToken: reserveSlot.token, contact: { name: 'Grace Hopper', email: 'grace@example.org' } },
    });
    return { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
  }

  /** A page at the times of the test's day. */
  async function openDay(viewport: ViewportName, { live = true, origin = api.url } = {}): Promise<Page> {
    const browserPage = await openPage(browser, viewport);
    opened.push(browserPage);
    const { page } = browserPage;
    // A page whose live connection never comes up: it keeps what it saw, as a stale tab would.
    if (!live) await page.routeWebSocket(/\/graphql$/, () => {});
    await page.goto(`${origin}/portal/`);
    await page.locator('#service-search').fill('Anmeldung');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator(`[data-date="${day}"]`).click();
    await page.locator('.times__time').first().waitFor();
    return page;
  }

  const shownTimes = (page: Page) => page.locator('.times__time').allTextContents();
  const waitForTimes = (page: Page, times: string[]) =>
    page.waitForFunction((expected) => [...document.querySelectorAll('.times__time')].map((button) => button.textContent?.trim()).join() === expected.join(), times, { timeout: liveWithinMs });

  it('drops a time another citizen takes, tells a stale page clearly, and shows a freed time again', async () => {
    const { availableSlots } = await api.data(availableSlotsDocument, { input: { serviceIds: [serviceId], date: day } });
    expect(availableSlots[0].startTimes).toHaveLength(2);
    const first = await bookThroughApi(availableSlots[0].startTimes[0]);

    const citizenA = await openDay('desktop');
    const citizenB = await openDay('phone');
    const stale = await openDay('desktop', { live: false });
    expect(await shownTimes(citizenB)).toEqual(['08:10']);
    await checkScreen(citizenB, suite, '1-last-time');

    // A takes the last time: B's page drops it by itself.
    await citizenA.locator('.times__time', { hasText: '08:10' }).click();
    await citizenA.locator('#contact-name').waitFor();
    await waitForTimes(citizenB, []);
    await citizenB.getByText('An diesem Tag ist keine Zeit mehr frei').waitFor();
    await checkScreen(citizenB, suite, '2-taken-elsewhere');

    // The stale page still offers it; trying gets a clear word, and the list is corrected.
    expect(await shownTimes(stale)).toEqual(['08:10']);
    await stale.locator('.times__time', { hasText: '08:10' }).click();
    await stale.getByTestId('problem').getByText('Diese Zeit ist leider nicht mehr frei').waitFor();
    await waitForTimes(stale, []);
    await checkScreen(stale, suite, '3-slot-gone');

    // A cancellation frees its time after the release delay: B's page shows it again.
    const { cancelAppointment } = await api.data(cancelAppointmentDocument, { input: first });
    expect(cancelAppointment.__typename).toBe('Appointment');
    await api.advanceClock(6);
    await api.runJobs();
    await waitForTimes(citizenB, ['08:00']);
    await checkScreen(citizenB, suite, '4-freed');

    // A still holds 08:10 and books it.
    await citizenA.locator('#contact-name').fill('Ada Lovelace');
    await citizenA.locator('#contact-email').fill('ada@example.org');
    await citizenA.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await citizenA.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    for (const { problems } of opened) expect(problems).toEqual([]);
  });

  it('gives a time back when the citizen goes back, and says clearly when the hold ran out', async () => {
    const page = await openDay('desktop');
    expect(await shownTimes(page)).toEqual(['08:00']);
    await page.locator('.times__time', { hasText: '08:00' }).click();
    await page.locator('#contact-name').waitFor();
    await page.getByRole('button', { name: 'Zurück' }).click();
    // Released at once, not after the hold time: the citizen may take it again.
    await waitForTimes(page, ['08:00']);
    await page.locator('.times__time', { hasText: '08:00' }).click();
    await page.locator('#contact-name').fill('Ada Lovelace');
    await page.locator('#contact-email').fill('ada@example.org');

    await api.advanceClock(21);
    await api.runJobs();
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await page.getByTestId('problem').getByText('Ihre Reservierung ist abgelaufen').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Um wie viel Uhr?');
    await waitForTimes(page, ['08:00']);
    await checkScreen(page, suite, '5-hold-expired');
    for (const { problems } of opened) expect(problems).toEqual([]);
  });

  it('catches up after the connection was cut: what happened meanwhile shows, nothing is lost', async () => {
    const proxy = await startProxy(api.url);
    const browserPage = opened.length;
    const page = await openDay('phone', { origin: proxy.url });
    expect(await shownTimes(page)).toEqual(['08:00']);

    proxy.cut();
    await page.getByText('Verbindung unterbrochen').waitFor({ timeout: liveWithinMs });
    await checkScreen(page, suite, '6-connection-lost');
    // Taken while the page hears nothing: its event is lost, the page must look again.
    const { availableSlots } = await api.data(availableSlotsDocument, { input: { serviceIds: [serviceId], date: day } });
    await bookThroughApi(availableSlots[0].startTimes[0]);
    proxy.restore();

    await waitForTimes(page, []);
    await page.getByText('Verbindung unterbrochen').waitFor({ state: 'detached', timeout: liveWithinMs });
    // Chromium logs the refused reconnects itself; nothing else may go wrong.
    expect(opened[browserPage].problems.filter((problem) => !/WebSocket connection to .* failed/.test(problem))).toEqual([]);
    await opened[browserPage].context.close();
    await proxy.close();
  });
});
