import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bookingWidgetFile } from '@zms/api/src/platform/client-apps';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, offerService } from './portal-test-kit';

const appointmentDocument = graphql(`
  query WidgetBookedAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      number
      status
      office {
        name
      }
      services {
        service {
          name
        }
      }
    }
  }
`);

const suite = 'portal-widget';
const serviceName = 'Personalausweis beantragen';

/**
 * A district's page with CSS that would wreck any widget it reached (and a widget whose CSS
 * leaked would change its elements): the colour is a dark red, so that axe passes the page itself.
 */
const hostPage = (widgetTag: string) => `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bezirksamt Pankow – Termine</title>
  <style>
    * { color: #8b0000 !important; font-family: serif; letter-spacing: 0.05em; text-transform: uppercase; }
    button { display: none; }
    h1, h2 { font-size: 40px; margin: 3px; }
    body { margin: 12px; background: #fff; }
    p { line-height: 3; }
    input { border: 0; }
  </style>
</head>
<body>
  <main>
    <h1 id="host-title">Bezirksamt Pankow</h1>
    <p id="host-text">Buchen Sie Ihren Termin direkt hier. <a id="host-link" href="#kontakt">Kontakt</a></p>
    <button id="host-button" type="button">Nur für den Bezirk</button>
    ${widgetTag}
  </main>
  <script>document.addEventListener('zms-booked', (event) => { window.booked = event.detail; });</script>
</body>
</html>`;

/** A small web server of another origin than the API's, serving the host page. */
async function startHostSite(widgetTag: () => string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const withWidget = req.url !== '/without-widget';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(withWidget ? widgetTag() : ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** What the host's own elements look like, to compare with and without the widget. */
function hostLook(page: Page) {
  return page.evaluate(() => {
    const properties = ['color', 'font-family', 'font-size', 'margin', 'padding', 'display', 'background-color', 'line-height', 'box-sizing', 'border', 'outline'];
    const look = Object.fromEntries(
      ['html', 'body', '#host-title', '#host-text', '#host-link', '#host-button'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return [selector, Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]))];
      }),
    );
    return { look, lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title, headStyles: document.head.querySelectorAll('style, link').length };
  });
}

/** The widget's own look, from inside its shadow root. */
function widgetLook(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('zms-booking')!.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    return {
      headingColor: style('h1').color,
      headingFont: style('h1').fontFamily,
      headingTransform: style('h1').textTransform,
      buttonDisplay: style('button').display,
      primaryColour: style('.zms-booking').getPropertyValue('--color-primary').trim(),
    };
  });
}

describeInBrowser('portal: the booking widget on another site', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let district: Awaited<ReturnType<typeof startHostSite>>;
  let stranger: Awaited<ReturnType<typeof startHostSite>>;
  let pankowId: string;
  let serviceId: string;
  let widgetAttributes = '';
  const persistedDocuments = JSON.parse(fs.readFileSync(new URL('../src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
  const searchServicesHash = Object.entries(persistedDocuments).find(([, text]) => text.startsWith('query SearchServices'))![0];

  beforeAll(async () => {
    expect(fs.existsSync(bookingWidgetFile), 'the widget is built with the portal (npm run build -w clients/portal)').toBe(true);
    const widgetTag = () => `<zms-booking${widgetAttributes}></zms-booking>\n    <script src="${api.url}/widget/zms-booking.js"></script>`;
    [district, stranger] = await Promise.all([startHostSite(widgetTag), startHostSite(widgetTag)]);
    // Only the district's site is on the allow-list; proof of work is asked for, as in production.
    [api, browser] = await Promise.all([
      startTestApi(new Date().toISOString(), { CORS_ORIGINS: district.origin, ALTCHA_ENABLED: 'true', ALTCHA_HMAC_KEY: 'a-shared-key-of-at-least-32-characters!', ALTCHA_MAX_NUMBER: '2000' }),
      launchBrowser(),
    ]);
    const pankow = await createOffice(api, 'Bürgeramt Pankow', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    const weissensee = await createOffice(api, 'Bürgeramt Weißensee', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    pankowId = pankow.officeId;
    serviceId = await offerService(api, [pankow.officeId, weissensee.officeId], serviceName, 2);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await district?.close();
    await stranger?.close();
  });

  /** Day → time → contact → confirmation; answers the number shown and the manage link. */
  async function bookFromTheDay(page: Page, say: { submit: string; done: string }, shot: (step: string) => Promise<void>) {
    await page.locator('.calendar__day').first().waitFor();
    await shot('03-day');
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().waitFor();
    await shot('04-time');
    await page.locator('.times__time').first().click();
    // The hold needs the proof of work, solved in the widget's inlined workers.
    await page.locator('#contact-name').waitFor();
    await page.locator('#contact-name').fill('Ada Lovelace');
    await page.locator('#contact-email').fill('ada@example.org');
    await shot('05-contact');
    await page.getByRole('button', { name: say.submit }).click();
    await page.getByRole('heading', { name: say.done }).waitFor();
    await shot('06-done');
    const number = (await page.getByTestId('appointment-number').textContent())!.trim();
    const manageUrl = (await page.getByTestId('manage-link').getAttribute('href'))!;
    return { number, manageUrl };
  }

  /** The booking exists, as the API tells the holder of the confirmation's link. */
  async function expectBooked(manageUrl: string, number: string): Promise<void> {
    expect(manageUrl.startsWith(`${api.url}/portal/manage#`), 'the manage link leads to the portal, not the host').toBe(true);
    const [, linkNumber, secret] = /#number=(\d+)&secret=([^&]+)$/.exec(manageUrl)!;
    expect(linkNumber).toBe(number);
    const { appointment } = (await api.data(appointmentDocument, { input: { number: Number(number), secret: decodeURIComponent(secret) } })) as {
      appointment: { number: number; status: string; office: { name: string }; services: { service: { name: string } }[] };
    };
    expect(appointment).toMatchObject({ number: Number(number), status: 'confirmed', office: { name: 'Bürgeramt Pankow' }, services: [{ service: { name: serviceName } }] });
  }

  it.each<[ViewportName]>([['desktop'], ['phone']])('books end to end from the district page in English (%s), untouched by its CSS and touching none of it', async (viewport) => {
    widgetAttributes = ' lang="en"';
    const { page, context, problems } = await openPage(browser, viewport);
    const shot = (step: string) => checkScreen(page, `${suite}-${viewport}`, step);
    await page.goto(`${district.origin}/without-widget`);
    const withoutWidget = await hostLook(page);

    await page.goto(`${district.origin}/`);
    await page.getByRole('heading', { name: 'What do you need to do?' }).waitFor();
    expect(await hostLook(page), 'the host page looks as without the widget').toEqual(withoutWidget);
    expect(withoutWidget.lang).toBe('de');
    const look = await widgetLook(page);
    expect(look.headingColor).not.toBe('rgb(139, 0, 0)');
    expect(look.headingFont).toContain('system-ui');
    expect(look.headingTransform).toBe('none');
    expect(look.buttonDisplay).not.toBe('none');
    expect(look.primaryColour).toBe('#0b4f8a');
    await shot('01-services');

    await page.locator('#service-search').fill('Personal');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Where do you want to go?' }).waitFor();
    await page.getByRole('radio', { name: /Bürgeramt Pankow/ }).check();
    await shot('02-office');
    await page.getByRole('button', { name: 'Next' }).click();

    const { number, manageUrl } = await bookFromTheDay(page, { submit: 'Book the appointment', done: 'Your appointment is booked' }, shot);
    await expectBooked(manageUrl, number);
    // The host page hears of it, with the number.
    expect(await page.evaluate(() => (window as unknown as { booked?: { number: number } }).booked?.number)).toBe(Number(number));
    expect(await hostLook(page), 'still, after the whole booking').toEqual(withoutWidget);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens at the day with a service and an office chosen by the attributes, and theming hooks restyle it', async () => {
    widgetAttributes = ` service="${serviceId}" office="${pankowId}" lang="de" style="--zms-color-primary: #5a2d82; --zms-font-family: Georgia, serif"`;
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${district.origin}/`);
    await page.locator('.calendar__day').first().waitFor();
    expect(await page.locator('.choices').textContent()).toContain(serviceName);
    expect(await page.locator('.choices').textContent()).toContain('Bürgeramt Pankow');
    const look = await widgetLook(page);
    expect(look.primaryColour).toBe('#5a2d82');
    expect(look.headingFont).toBe('Georgia, serif');
    const { number, manageUrl } = await bookFromTheDay(page, { submit: 'Termin verbindlich buchen', done: 'Ihr Termin ist gebucht' }, (step) => checkScreen(page, `${suite}-preset`, step));
    await expectBooked(manageUrl, number);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers the preflight of the allow-listed site only; the browser refuses the API to any other', async () => {
    const preflight = (origin: string) => fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(district.origin);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(district.origin);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight(stranger.origin)).headers.get('access-control-allow-origin')).toBeNull();

    // A trusted document by its hash, posted as JSON (so with a preflight), from each site's page.
    const postSearch = (page: Page) =>
      page.evaluate(
        ([url, hash]) =>
          fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ operationName: 'SearchServices', variables: { first: 5 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
          })
            .then(async (response) => ((await response.json()) as { data?: { services: { edges: unknown[] } } }).data?.services.edges.length ?? 'no data')
            .catch(() => 'refused'),
        [api.url, searchServicesHash],
      );
    widgetAttributes = '';
    const { page, context } = await openPage(browser, 'desktop');
    await page.goto(`${district.origin}/without-widget`);
    expect(await postSearch(page)).toEqual(expect.any(Number));
    await page.goto(`${stranger.origin}/`);
    expect(await postSearch(page)).toBe('refused');
    // The widget there finds nothing to book.
    await page.locator('zms-booking').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    expect(await page.getByRole('checkbox', { name: serviceName }).count()).toBe(0);
    await context.close();
  });
});
