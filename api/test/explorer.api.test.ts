import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAppRouter, clientApps } from '../src/platform/client-apps';
import { startTestApi, type TestApi } from '@zms/test-kit/api';

const explorer = clientApps.find((clientApp) => clientApp.name === 'explorer')!;
const explorerDist = explorer.distDir;
const built = fs.existsSync(path.join(explorerDist, 'index.html'));
const notBuilt = 'clients/explorer/dist is missing: run npm run build -w clients/explorer';

/**
 * Hosts the bundled libraries name without the page loading anything from them: XML namespaces
 * (w3.org), JSON Schema identifiers, links a person may click (the GraphiQL logo, Monaco's
 * shortcut sheets) and URLs inside error messages and comments. A new host fails the test, so
 * that a library update which starts fetching from a CDN is noticed.
 */
const namedOnly = new Set(['www.w3.org', 'json-schema.org', 'github.com', 'code.visualstudio.com', 'microsoft.com', 'react.dev', 'commonmark.org', 'en.wikipedia.org', 'prettier.io', 'yarnpkg.com']);

function foreignUrls(text: string, ownHost: string): string[] {
  return [...text.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+(?::\d+)?)[^\s"'`)<>]*/gi)].filter(([, host]) => host.toLowerCase() !== ownHost && !namedOnly.has(host.toLowerCase())).map(([url]) => url);
}

/** Vite names its output `name-hash.ext`, and chunks, workers and stylesheets name each other so. */
function hashedNames(text: string): string[] {
  return [...text.matchAll(/[\w.~-]+-[\w-]{8}\.(?:js|css|ttf|woff2?|svg|png)\b/g)].map(([name]) => name);
}

if (!built && process.env.CI === 'true') {
  it('has the explorer built before the tests under CI', () => {
    throw new Error(notBuilt);
  });
} else if (!built) {
  console.warn(`${notBuilt}; the explorer tests are skipped`);
}

describe.runIf(built)('the explorer at /explorer/', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('2026-03-02T08:00:00Z');
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('redirects /explorer to the directory URL that the relative asset URLs need', async () => {
    const response = await fetch(`${api.url}/explorer?tab=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('explorer/?tab=1');
  });

  it('serves the page under a strict policy, and every file it loads from this origin', async () => {
    const ownHost = new URL(api.url).host;
    const page = await fetch(`${api.url}/explorer/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-/);
    const html = await page.text();
    expect(html).toContain('<div id="explorer">');
    // An inline script would be refused by the policy.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(foreignUrls(html, ownHost)).toEqual([]);

    const pending = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(([, reference]) => new URL(reference, page.url).href);
    expect(pending.length).toBeGreaterThan(0);
    const loaded = new Set<string>();
    for (let url = pending.pop(); url !== undefined; url = pending.pop()) {
      if (loaded.has(url)) continue;
      loaded.add(url);
      expect(new URL(url).host).toBe(ownHost);
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      if (!/\.(?:js|css)$/.test(url)) continue;
      const text = await response.text();
      expect(foreignUrls(text, ownHost), url).toEqual([]);
      pending.push(...hashedNames(text).map((name) => new URL(name, url).href));
    }
    const names = [...loaded].map((url) => path.basename(url));
    expect(names.some((name) => name.endsWith('.css'))).toBe(true);
    for (const worker of ['editor.worker', 'json.worker', 'graphql.worker'])
      expect(
        names.some((name) => name.startsWith(`${worker}-`)),
        worker,
      ).toBe(true);
  });
});

it('answers 503 with what to run while the explorer is not built', async () => {
  const app = express().use(clientAppRouter({ ...explorer, distDir: path.join(explorerDist, 'missing') }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/explorer/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('The explorer is not built: run npm run build -w clients/explorer\n');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
