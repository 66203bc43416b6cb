import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, openPage, screenshot, type BrowserPage, type ViewportName } from '@zms/test-kit/browser';
import * as op from '@zms/test-kit/operations';
import { berlinTime } from '@zms/test-kit/simulated-day';

/** What the office admin suites of the staff app share: accounts, sign-in, bookings, checks. */
export const suite = 'staff';
const password = 'admin-forms-password';

export async function officeAdmin(api: TestApi, username: string, officeId: string): Promise<void> {
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username, displayName: 'Olga Verwaltung', password, memberships: [{ officeId, role: 'officeAdmin' }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
}

export async function signedIn(api: TestApi, browser: Browser, username: string, path: string, viewport: ViewportName = 'desktop'): Promise<BrowserPage> {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${api.url}/staff/login?next=${encodeURIComponent(path)}`);
  await opened.page.getByLabel('Benutzername').fill(username);
  await opened.page.getByLabel('Passwort').fill(password);
  await opened.page.getByRole('button', { name: 'Anmelden' }).click();
  await opened.page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return opened;
}

export interface Booking {
  id: string;
  number: string;
  email: string;
}

/** A confirmed portal booking of the office's one-slot service. */
export async function book(api: TestApi, officeId: string, serviceId: string, date: string, time: string, email: string): Promise<Booking> {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId, serviceIds: [serviceId], start: berlinTime(date, time) } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: `Kundin ${email.split('@')[0]}`, email } } });
  return { id: confirmAppointment.appointment.id, number: String(confirmAppointment.appointment.number), email };
}

/** Live updates and refetches take a round trip or two; a loaded machine needs more than vitest's default second. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** axe finds nothing serious, and the screen is kept for review as screenshots/staff/<step>-<viewport>.png. */
export async function check(page: Page, step: string): Promise<void> {
  expect(await accessibilityViolations(page), step).toEqual([]);
  await screenshot(page, suite, step);
}

/** How wide the page is laid out: more than the viewport means a sideways scroll. */
export const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The innermost elements that reach past the viewport, to name in a failure: what makes a page scroll sideways. */
export const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A table scrolls inside its own box, unless an element escapes it: absolute ones do.
    const clipped = (element: Element) => element.closest('.table-scroll *') !== null && getComputedStyle(element).position !== 'absolute';
    const wide = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element));
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`)
      .join(', ');
  });

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name, exact: true }).click();
  await eventually(() => page.getByRole('heading', { level: 2, name, exact: true }).count()).toBe(1);
}
