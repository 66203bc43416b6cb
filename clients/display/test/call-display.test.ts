import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, type BrowserPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';

const suite = 'call-display';
const screen = { width: 1920, height: 1080 };

interface Spied {
  tones: number;
  spoken: { text: string; lang: string }[];
}

describeInBrowser('display: one row per number, recent calls highlighted, both languages, spoken, with a sound switch', ['display'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;
  let displayKey: string;

  const issueTicket = async () => {
    const { issueTicket: ticket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }`, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } });
    expect(ticket.__typename).toBe('Ticket');
  };
  /** Calls at the browser's time: the test API's clock stands still, and "new" is judged against the browser's. */
  const callNext = async (): Promise<{ id: string; displayNumber: string }> => {
    await api.setClock(new Date());
    await issueTicket();
    const { callNext: called } = await api.admin(`mutation { callNext { __typename ... on QueueEntry { id displayNumber } } }`);
    expect(called.__typename).toBe('QueueEntry');
    return called;
  };
  const step = async (name: 'recallEntry' | 'parkEntry' | 'markMissed', entryId: string) => {
    const result = await api.admin(`mutation ($input: EntryInput!) { ${name}(input: $input) { __typename } }`, { input: { entryId } });
    expect(result[name].__typename).toBe('QueueEntry');
  };

  /** A display at 1920×1080 whose gong tones and spoken texts are counted: headless Chromium has no speaker and no voices. */
  async function openDisplay(prepare?: (page: Page) => Promise<void>): Promise<BrowserPage> {
    const display = await openPage(browser, 'desktop');
    await display.page.setViewportSize(screen);
    await display.page.addInitScript(() => {
      const spied = globalThis as unknown as Spied;
      spied.tones = 0;
      spied.spoken = [];
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        spied.tones++;
        return create.call(this);
      };
      speechSynthesis.speak = (utterance) => spied.spoken.push({ text: utterance.text, lang: utterance.lang });
    });
    await prepare?.(display.page);
    await display.page.goto(`${api.url}/display/#key=${displayKey}`);
    await display.page.locator('.latest__number, .latest__none').first().waitFor();
    return display;
  }
  const spied = (page: Page) => page.evaluate(() => ({ tones: (globalThis as unknown as Spied).tones, spoken: (globalThis as unknown as Spied).spoken }));
  const waitForLatest = (page: Page, number: string) => page.waitForFunction((expected) => document.querySelector('[data-testid="latest-call"] .latest__number')?.textContent === expected, number, { timeout: 5_000 });
  /** The numbers on the board, the latest first. */
  const numbersShown = (page: Page) => page.locator('.latest__number, .history__number').allTextContents();

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Aufrufe');
    await api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, {
      input: { officeId: office.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }] },
    });
    const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: office.officeId, name: 'Schalter 3', room: '104' } });
    await api.admin(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: createCounter.id } });
    displayKey = (await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { name: 'Anzeige Wartebereich', kind: 'display', officeId: office.officeId } }))
      .createDevice.key;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows a recalled number once, moved to the top, and takes parked and missed numbers off', async () => {
    const display = await openDisplay();
    const [first, second, third] = [await callNext(), await callNext(), await callNext()];
    await waitForLatest(display.page, third.displayNumber);
    expect(await numbersShown(display.page)).toEqual([third, second, first].map((call) => call.displayNumber));

    await api.setClock(new Date());
    await step('recallEntry', first.id);
    await waitForLatest(display.page, first.displayNumber);
    expect(await numbersShown(display.page)).toEqual([first, third, second].map((call) => call.displayNumber));
    expect(await accessibilityViolations(display.page)).toEqual([]);
    await screenshot(display.page, suite, '1-recalled-once-1920x1080');

    await step('parkEntry', second.id);
    await display.page.waitForFunction((parked) => ![...document.querySelectorAll('.history__number')].some((cell) => cell.textContent === parked), second.displayNumber, { timeout: 5_000 });
    await step('markMissed', third.id);
    await display.page.waitForFunction(() => document.querySelectorAll('.history__number').length === 0, null, { timeout: 5_000 });
    expect(await numbersShown(display.page)).toEqual([first.displayNumber]);
    await step('parkEntry', first.id);
    await display.page.getByText('Noch keine Aufrufe').waitFor({ timeout: 5_000 });

    // A fresh start shows what it shows live.
    const restarted = await openDisplay();
    expect(await numbersShown(restarted.page)).toEqual([]);
    expect([...display.problems, ...restarted.problems]).toEqual([]);
    await Promise.all([display.context.close(), restarted.context.close()]);
  });

  it('highlights a call as new for 30 seconds only, and says nothing of an old one when it starts', async () => {
    const display = await openDisplay((page) => page.clock.install());
    const call = await callNext();
    await waitForLatest(display.page, call.displayNumber);
    expect(await display.page.getByTestId('latest-call').getAttribute('data-fresh')).toBe('true');
    await display.page.getByTestId('new-call').getByText('Neu · New').waitFor();
    await screenshot(display.page, suite, '2-new-call-1920x1080');
    await display.page.clock.fastForward(31_000);
    await display.page.waitForFunction(() => document.querySelector('[data-testid="latest-call"]')?.getAttribute('data-fresh') === 'false', null, { timeout: 5_000 });
    expect(await display.page.getByTestId('new-call').count()).toBe(0);

    // Nine minutes later a display that starts shows the call, calm and silent.
    const later = await openDisplay((page) => page.clock.install({ time: Date.now() + 9 * 60_000 }));
    await waitForLatest(later.page, call.displayNumber);
    expect(await later.page.getByTestId('latest-call').getAttribute('data-fresh')).toBe('false');
    expect(await later.page.getByTestId('new-call').count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await spied(later.page)).toEqual({ tones: 0, spoken: [] });
    expect([...display.problems, ...later.problems]).toEqual([]);
    await Promise.all([display.context.close(), later.context.close()]);
  });

  it('still highlights and announces a new call on a device whose clock runs five minutes late', async () => {
    const display = await openDisplay((page) => page.clock.install({ time: Date.now() - 5 * 60_000 }));
    const call = await callNext();
    await waitForLatest(display.page, call.displayNumber);
    expect(await display.page.getByTestId('latest-call').getAttribute('data-fresh')).toBe('true');
    await expect.poll(async () => (await spied(display.page)).spoken.length, { timeout: 5_000 }).toBe(2);
    expect(display.problems).toEqual([]);
    await display.context.close();
  });

  it('speaks each call after the gong, in German and in English', async () => {
    const display = await openDisplay();
    const call = await callNext();
    await waitForLatest(display.page, call.displayNumber);
    await expect
      .poll(async () => (await spied(display.page)).spoken, { timeout: 5_000 })
      .toEqual([
        { text: `Nummer ${call.displayNumber}, bitte zu Schalter 3, Raum 104`, lang: 'de-DE' },
        { text: `Number ${call.displayNumber}, please go to counter 3, room 104`, lang: 'en-GB' },
      ]);
    expect((await spied(display.page)).tones).toBe(2);
    // Both languages on the screen at once.
    expect(await display.page.locator('.latest__label').textContent()).toContain('Aufruf · Now calling');
    expect(await display.page.locator('.latest__goto').textContent()).toBe('bitte zu · please go to');
    expect(await display.page.getByRole('button', { name: 'English' }).count()).toBe(0);
    expect(display.problems).toEqual([]);
    await display.context.close();
  });

  it('switches gong and speech off and on again, and keeps the setting on the device', async () => {
    const display = await openDisplay();
    const soundSwitch = display.page.getByTestId('sound-switch');
    expect(await soundSwitch.getAttribute('aria-checked')).toBe('true');
    await soundSwitch.click();
    expect(await soundSwitch.getAttribute('aria-checked')).toBe('false');
    const silent = await callNext();
    await waitForLatest(display.page, silent.displayNumber);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await spied(display.page)).toEqual({ tones: 0, spoken: [] });
    expect(await accessibilityViolations(display.page)).toEqual([]);
    await screenshot(display.page, suite, '3-sound-off-1920x1080');

    await display.page.reload();
    await waitForLatest(display.page, silent.displayNumber);
    expect(await soundSwitch.getAttribute('aria-checked')).toBe('false');
    await soundSwitch.click();
    expect(await soundSwitch.getAttribute('aria-checked')).toBe('true');
    const heard = await callNext();
    await waitForLatest(display.page, heard.displayNumber);
    await expect.poll(async () => (await spied(display.page)).spoken.map((spoken) => spoken.lang), { timeout: 5_000 }).toEqual(['de-DE', 'en-GB']);
    expect((await spied(display.page)).tones).toBe(2);
    expect(display.problems).toEqual([]);
    await display.context.close();
  });
});
