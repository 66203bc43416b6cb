import { describe, expect, it } from 'vitest';
import { CoalescedReads } from './coalesced-reads';

/** A read that answers the store as it is when the read begins, and finishes when told. */
function controlledStore() {
  const store = new Map<string, number>();
  const reads: { keys: string[]; finish(): void }[] = [];
  const fetch = (keys: string[]) =>
    new Promise<Map<string, number>>((resolve) => {
      const seen = new Map(keys.flatMap((key) => (store.has(key) ? [[key, store.get(key)!] as const] : [])));
      reads.push({ keys, finish: () => resolve(seen) });
    });
  return { store, reads, fetch };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesced reads', () => {
  it('lets requests that arrive together share one read of all their keys', async () => {
    const { store, reads, fetch } = controlledStore();
    store.set('a', 1).set('b', 2);
    const reader = new CoalescedReads<string, number>();
    const first = reader.read(['a'], fetch);
    const second = reader.read(['b', 'c'], fetch);
    await tick();
    expect(reads.map((read) => read.keys)).toEqual([['a', 'b', 'c']]);
    reads[0].finish();
    expect((await first).get('a')).toBe(1);
    expect((await second).get('b')).toBe(2);
    expect((await second).has('c')).toBe(false);
  });

  it('never answers a request from a read that began before it arrived', async () => {
    const { store, reads, fetch } = controlledStore();
    store.set('key', 1);
    const reader = new CoalescedReads<string, number>();
    const early = reader.read(['key'], fetch);
    await tick();
    // A change commits while the first read runs; a request arriving now must see it.
    store.set('key', 2);
    const late = reader.read(['key'], fetch);
    const later = reader.read(['key'], fetch);
    reads[0].finish();
    expect((await early).get('key')).toBe(1);
    await tick();
    expect(reads).toHaveLength(2);
    reads[1].finish();
    expect((await late).get('key')).toBe(2);
    expect((await later).get('key')).toBe(2);
  });

  it('hands a failed read to the requests that shared it and reads again for the next', async () => {
    const reader = new CoalescedReads<string, number>();
    await expect(reader.read(['key'], () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect((await reader.read(['key'], async () => new Map([['key', 3]]))).get('key')).toBe(3);
  });
});
