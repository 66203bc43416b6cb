import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingWidgetRouter, clientAppRouter, clientApps } from '../src/platform/client-apps';

const portal = clientApps.find((clientApp) => clientApp.name === 'portal')!;

describe('a Vue app at /portal/', () => {
  let distDir: string;
  let server: ReturnType<express.Express['listen']>;
  let base: string;

  beforeAll(async () => {
    distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-dist-'));
    fs.mkdirSync(path.join(distDir, 'assets'));
    fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>portal</title>');
    fs.writeFileSync(path.join(distDir, 'assets', 'index-abcdefgh.js'), 'console.log(1)');
    server = express()
      .use(clientAppRouter({ ...portal, distDir }))
      .listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it("answers every page path of the app's router with its index, under a strict policy", async () => {
    for (const page of ['/portal/', '/portal/manage', '/portal/status/deep/path']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status, page).toBe(200);
      expect(await response.text()).toContain('<title>portal</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets for good and a missing one as 404, never the index', async () => {
    const asset = await fetch(`${base}/portal/assets/index-abcdefgh.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/portal/assets/gone-12345678.js`)).status).toBe(404);
  });

  it('redirects the bare path to the directory URL', async () => {
    const response = await fetch(`${base}/portal?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('portal/?x=1');
  });

  it('says what to run while the app is not built', async () => {
    fs.renameSync(path.join(distDir, 'index.html'), path.join(distDir, 'index.html.away'));
    try {
      const response = await fetch(`${base}/portal/manage`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe('The portal is not built: run npm run build -w clients/portal\n');
    } finally {
      fs.renameSync(path.join(distDir, 'index.html.away'), path.join(distDir, 'index.html'));
    }
  });
});

describe('the booking widget at /widget/zms-booking.js', () => {
  it('serves the script to any site, revalidated on each load, and says what to run while it is not built', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'widget-dist-'));
    const widgetFile = path.join(folder, 'zms-booking.js');
    const server = express().use(bookingWidgetRouter(widgetFile)).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/widget/zms-booking.js`;
    try {
      const missing = await fetch(url);
      expect(missing.status).toBe(503);
      expect(await missing.text()).toBe('The booking widget is not built: run npm run build -w clients/portal\n');
      fs.writeFileSync(widgetFile, 'customElements.define("zms-booking", class extends HTMLElement {});');
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await response.text()).toContain('zms-booking');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
