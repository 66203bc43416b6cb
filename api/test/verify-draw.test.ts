import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawOrder, newDrawSeed, newEntryDigest, seedCommitment } from '../src/domain/draw/draw-order';

/** The published script, run as a third party would: a child process on a file of the published JSON. */
const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../ops/draw/verify-draw.mjs');
const run = promisify(execFile);

interface Published {
  drawId: string;
  serviceId: string;
  commitment: string;
  seed: string;
  urgentQuota: number;
  entries: { digest: string; urgent: boolean; position: number }[];
}

/** A draw of 60 entries, 9 of them urgent, 4 going first, as the API's code orders it. */
function publishedDraw(): Published {
  const seed = newDrawSeed();
  const entries = Array.from({ length: 60 }, (_, i) => ({ digest: newEntryDigest(), urgent: i % 7 === 3 }));
  const urgentQuota = 4;
  const order = drawOrder(seed, entries, urgentQuota);
  const urgent = new Map(entries.map((entry) => [entry.digest, entry.urgent]));
  // Published in digest order, not draw order: the script must sort by position itself.
  const listed = order.map((digest, index) => ({ digest, urgent: urgent.get(digest)!, position: index + 1 })).sort((a, b) => a.digest.localeCompare(b.digest));
  return { drawId: '7', serviceId: '3', commitment: seedCommitment(seed), seed, urgentQuota, entries: listed };
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'verify-draw-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function verify(published: Published, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(published));
  try {
    const { stdout, stderr } = await run(process.execPath, [script, file, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function byPosition(published: Published, position: number) {
  return published.entries.find((entry) => entry.position === position)!;
}

describe('ops/draw/verify-draw.mjs', () => {
  it('verifies the commitment and the order the API computes', async () => {
    const published = publishedDraw();
    const result = await verify(published);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('commitment matches');
    expect(result.stdout).toContain('order verified: 60 entries (4 urgent first, quota 4)');
    expect(result.code).toBe(0);
    expect((await verify(published, '--commitment', published.commitment)).code).toBe(0);
  });

  it('reads the JSON from a URL as well', async () => {
    const published = publishedDraw();
    const server = createServer((_, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify(published)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/draws/7/result.json`;
      const { stdout } = await run(process.execPath, [script, url]);
      expect(stdout).toContain('order verified: 60 entries');
    } finally {
      server.close();
    }
  });

  it('fails on a seed other than the committed one', async () => {
    const published = publishedDraw();
    const result = await verify({ ...published, seed: newDrawSeed() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('commitment mismatch');
    expect(result.stdout).not.toContain('order verified');
  });

  it('fails on a seed and commitment both replaced, given the commitment saved before the draw', async () => {
    const published = publishedDraw();
    const seed = newDrawSeed();
    const replaced = { ...published, seed, commitment: seedCommitment(seed) };
    expect((await verify(replaced)).code).toBe(1);
    const result = await verify(replaced, '--commitment', published.commitment);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not the one you saved');
  });

  it('fails on two entries swapped, naming the first position that differs', async () => {
    const published = publishedDraw();
    const fifth = byPosition(published, 5);
    const ninth = byPosition(published, 9);
    [fifth.position, ninth.position] = [9, 5];
    const result = await verify(published);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('commitment matches');
    expect(result.stderr).toContain(`order mismatch at position 5: published ${ninth.digest}, recomputed ${fifth.digest}`);
  });

  it('fails on an urgent flag changed after the draw', async () => {
    const published = publishedDraw();
    // The first entry went first as urgent; unmarked, another urgent entry takes its place in the quota.
    byPosition(published, 1).urgent = false;
    const result = await verify(published);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/order mismatch at position \d+/);
  });

  it('fails on an entry withheld from the list or listed twice', async () => {
    const published = publishedDraw();
    const withheld = { ...published, entries: published.entries.filter((entry) => entry.position !== 30) };
    expect((await verify(withheld)).stderr).toContain('positions must be 1..59');
    const twice = { ...published, entries: [...published.entries, { ...published.entries[0] }] };
    expect((await verify(twice)).stderr).toContain('is listed twice');
  });
});
