import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawKey, drawOrder, newDrawSeed, newEntryDigest, seedCommitment } from './draw-order';

const seed = 'c0ffee'.repeat(10) + '0a1b';

describe('draw order', () => {
  it('makes seeds of 32 bytes and entry digests of 16, fresh each time', () => {
    const a = newDrawSeed();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newDrawSeed()).not.toBe(a);
    expect(newEntryDigest()).toMatch(/^[0-9a-f]{32}$/);
    expect(newEntryDigest()).not.toBe(newEntryDigest());
  });

  it('commits to the seed with sha256 of its bytes, and keys an entry with HMAC under them', () => {
    expect(seedCommitment(seed)).toBe(createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex'));
    expect(seedCommitment(seed)).not.toBe(createHash('sha256').update(seed).digest('hex'));
    expect(drawKey(seed, 'abc')).toBe(createHmac('sha256', Buffer.from(seed, 'hex')).update('abc').digest('hex'));
    expect(() => seedCommitment('xyz')).toThrow();
    expect(() => drawKey(seed.toUpperCase(), 'abc')).toThrow();
  });

  it('orders by ascending key, whatever order the entries came in', () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ digest: `entry-${i}`, urgent: false }));
    const order = drawOrder(seed, entries, 0);
    const keys = order.map((digest) => drawKey(seed, digest));
    expect(keys).toEqual([...keys].sort());
    expect(drawOrder(seed, [...entries].reverse(), 0)).toEqual(order);
    expect(new Set(order).size).toBe(50);
    expect(drawOrder(newDrawSeed(), entries, 0)).not.toEqual(order);
  });

  it('puts the first urgent entries of the quota first, the rest of the urgent ones among everyone', () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({ digest: `e${i}`, urgent: i % 4 === 0 }));
    const urgent = new Set(entries.filter((e) => e.urgent).map((e) => e.digest));
    const order = drawOrder(seed, entries, 3);
    const urgentByKey = [...urgent].sort((a, b) => (drawKey(seed, a) < drawKey(seed, b) ? -1 : 1));
    expect(order.slice(0, 3)).toEqual(urgentByKey.slice(0, 3));
    const rest = order.slice(3);
    expect(rest.map((d) => drawKey(seed, d))).toEqual(rest.map((d) => drawKey(seed, d)).sort());
    expect(rest.filter((d) => urgent.has(d))).toHaveLength(urgent.size - 3);
    // A quota larger than the urgent entries puts them all first; no quota is the plain order.
    expect(new Set(drawOrder(seed, entries, 100).slice(0, urgent.size))).toEqual(urgent);
    expect(drawOrder(seed, entries, 0)).toEqual(
      drawOrder(
        seed,
        entries.map((e) => ({ ...e, urgent: false })),
        0,
      ),
    );
  });
});
