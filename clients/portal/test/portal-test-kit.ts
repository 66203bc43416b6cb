import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiClient } from '@zms/test-kit/api';
import { accessibilityViolations, screenshot, settle } from '@zms/test-kit/browser';

/** A service of the catalogue with notes on what to bring, offered at an office. */
export async function offerService(api: ApiClient, officeIds: string[], name: string, durationSlots = 1): Promise<string> {
  const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, {
    input: { name, description: `Für „${name}“ bringen Sie bitte Ihren Ausweis und eine Meldebescheinigung mit.`, url: 'https://service.berlin.de/dienstleistung/120703/' },
  });
  for (const officeId of officeIds) {
    await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId, serviceId: createService.id, durationSlots } });
  }
  return createService.id as string;
}

/**
 * What every screen of the portal must pass: no serious or critical axe finding, nothing wider
 * than the viewport (no horizontal scrolling at 360 px), and a screenshot for review.
 */
export async function checkScreen(page: Page, suite: string, step: string): Promise<void> {
  // Let the last refetch settle so that the picture shows what a person sees: as long as that takes, no fixed pause.
  await settle(page);
  expect(await accessibilityViolations(page), `${step}: axe`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${step}: horizontal scrolling`).toBeLessThanOrEqual(0);
  await screenshot(page, suite, step);
}

/** The element that has the keyboard focus, by its text. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}
