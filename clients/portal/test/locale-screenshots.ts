import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The screenshots reviewers of a translation look at (docs/translations.md): committed under
 * docs/translations/screenshots/<language>/, so a run writes them only when asked to,
 * `LOCALE_SCREENSHOTS=docs`. ImageMagick, where installed, cuts them to a small palette.
 */
export const reviewScreenshotRoot = path.resolve(import.meta.dirname, '../../../docs/translations/screenshots');

export async function saveReviewScreenshot(page: Page, language: string, step: string): Promise<void> {
  if (process.env.LOCALE_SCREENSHOTS !== 'docs') return;
  const folder = path.join(reviewScreenshotRoot, language);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${step}.png`);
  await page.screenshot({ path: file, fullPage: true });
  try {
    execFileSync('convert', [file, '-strip', '-colors', '64', `PNG8:${file}`], { stdio: 'ignore' });
  } catch {
    // Without ImageMagick the screenshot stays as Chromium wrote it: larger, still readable.
  }
}
