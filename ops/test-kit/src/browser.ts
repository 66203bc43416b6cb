import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { describe, it } from 'vitest';
import { clientApps, type ClientApp } from '@zms/api/src/platform/client-apps';
import { repositoryRoot } from './workspace';

/** Debian's package; playwright cannot download a browser on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotRoot = path.join(repositoryRoot, 'screenshots');

/** The widths every screen is shot at: a desktop and the narrowest phone we support. */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 740 },
} as const;
export type ViewportName = keyof typeof viewports;

/**
 * A browser suite over the given apps: skipped with a word of why when Chromium or an app's build
 * is missing, except under CI=true, where that fails the run.
 */
export function describeInBrowser(name: string, apps: ClientApp['name'][], suite: () => void): void {
  const missing = [
    ...(fs.existsSync(chromiumPath) ? [] : [`Chromium (${chromiumPath}; apt-get install chromium, or set CHROMIUM_PATH)`]),
    ...apps
      .map((app) => clientApps.find((clientApp) => clientApp.name === app)!)
      .filter((clientApp) => !fs.existsSync(path.join(clientApp.distDir, 'index.html')))
      .map((clientApp) => `the build of clients/${clientApp.name} (npm run build)`),
  ];
  if (missing.length === 0) {
    describe(name, suite);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has what the browser tests need under CI', () => {
        throw new Error(`missing ${missing.join(' and ')}`);
      });
    });
    return;
  }
  console.warn(`${name}: skipped, missing ${missing.join(' and ')}`);
  describe.skip(name, suite);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // Without the background-networking flags Chromium's own connections are refused here and stall it.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
  });
}

export interface BrowserPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors of the page so far: a test expects none. */
  problems: string[];
}

/** The requests of each page from openPage still waiting for their answer: settle() waits them out. */
const pendingRequests = new WeakMap<Page, Set<Request>>();

/** A fresh context (own cookies and storage) and page at a viewport, recording what goes wrong in it. */
export async function openPage(browser: Browser, viewport: ViewportName = 'desktop', locale = 'de-DE'): Promise<BrowserPage> {
  const context = await browser.newContext({ viewport: viewports[viewport], locale, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  const pending = new Set<Request>();
  pendingRequests.set(page, pending);
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Waits until the page shows what a person would see: no request of it in flight (a refetch's
 * answer is in) and the next frame drawn. Instead of a fixed pause before a check: as long as that
 * takes, and no longer. A request still open after `timeout` (a stalled line) no longer holds it up.
 * Only pages from openPage know their requests; on others it waits for the frame alone.
 */
export async function settle(page: Page, timeout = 5_000): Promise<void> {
  const pending = pendingRequests.get(page);
  const deadline = Date.now() + timeout;
  const awaited = () => [...(pending ?? [])].some((request) => request.resourceType() !== 'websocket' && request.resourceType() !== 'eventsource');
  while (awaited() && Date.now() < deadline) await pause(10);
  // Vue renders an answer in a microtask after it arrives; a frame later it is painted. Raced
  // against a timer: a page whose frames do not come (its clock paused by the test) waits no longer.
  const frame = page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  frame.catch(() => undefined);
  await Promise.race([frame, pause(250)]);
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now, as readable lines.
 * Evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Once per document: parsing axe's half a megabyte again for every check of a page costs more than some checks.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Writes screenshots/<suite>/<step>-<viewport>.png for review; the folder is not committed. */
export async function screenshot(page: Page, suite: string, step: string): Promise<void> {
  const { width } = page.viewportSize() ?? viewports.desktop;
  const name = width <= viewports.phone.width ? 'phone' : 'desktop';
  const folder = path.join(screenshotRoot, suite);
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${step}-${name}.png`), fullPage: true });
}
