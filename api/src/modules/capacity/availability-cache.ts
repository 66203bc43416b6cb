import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/sql';

/** What an availability statement answers, with the snapshot's version of every office it looked at. */
export interface CachedAnswer<Row> {
  rows: Row[];
  /** office id → version, as the statement that made `rows` saw them. */
  versions: Map<number, number>;
  /** The statement's `now`: a clock set back (tests) must not reuse it. */
  computedAt: number;
  /** After this instant the clock may have changed the answer (a start passed, a day was released). */
  expiresAt: number;
}

/** Longest a cached answer is trusted while no version changes: days the clock releases show up this late at most. */
export const maxCacheMillis = 5_000;
/** Rows kept per process, a few tens of MB: a 10× Berlin month view alone has ~20,000. */
const maxRows = 200_000;

/**
 * A process's cache of availability answers (bots poll the same month views over and over).
 * Every change of an office's free capacity raises its version in the same transaction (the
 * contract of availabilityChanged), so an answer stays right exactly while the versions of its
 * offices stay as its statement saw them: one look-up by primary key checks that on every request,
 * in every process, without waiting for events. Concurrent misses of one request share one statement.
 */
export class AvailabilityCache<Row> {
  private readonly entries = new Map<string, CachedAnswer<Row>>();
  private readonly pending = new Map<string, Promise<CachedAnswer<Row>>>();
  private rows = 0;

  async get(em: EntityManager, key: string, now: Date, compute: () => Promise<CachedAnswer<Row>>): Promise<Row[]> {
    const cached = this.entries.get(key);
    if (cached && cached.computedAt <= now.getTime() && now.getTime() < cached.expiresAt && (await this.isCurrent(em, cached))) return cached.rows;
    let running = this.pending.get(key);
    if (!running) {
      running = compute().finally(() => this.pending.delete(key));
      this.pending.set(key, running);
    }
    const fresh = await running;
    this.forget(key);
    // The oldest answers go first (a Map keeps insertion order).
    while (this.rows + fresh.rows.length > maxRows && this.entries.size > 0) this.forget(this.entries.keys().next().value!);
    this.entries.set(key, fresh);
    this.rows += fresh.rows.length;
    return fresh.rows;
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.rows -= entry.rows.length;
    this.entries.delete(key);
  }

  private async isCurrent(em: EntityManager, cached: CachedAnswer<Row>): Promise<boolean> {
    const ids = [...cached.versions.keys()];
    if (ids.length === 0) return true;
    const rows = await em.execute<{ id: number; version: number }[]>('select id, version from office where id = any(?::int[])', [sqlArray(ids)]);
    return rows.length === ids.length && rows.every((row) => cached.versions.get(row.id) === row.version);
  }
}
