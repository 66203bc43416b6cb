import type { EntityManager } from '@mikro-orm/postgresql';
import { CoalescedReads } from '../../platform/coalesced-reads';
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
/** How long before an answer expires by time its successor starts being computed (the statement takes up to a few 100 ms at 1×). */
const refreshAheadMillis = 2_500;
/** Rows kept per process, a few tens of MB: a 10× Berlin month view alone has ~20,000. */
const maxRows = 200_000;

/**
 * A process's cache of availability answers (bots poll the same month views over and over).
 * Every change of an office's free capacity raises its version in the same transaction (the
 * contract of availabilityChanged), so an answer stays right exactly while the versions of its
 * offices stay as its statement saw them: one look-up by primary key checks that on every request,
 * in every process, without waiting for events (requests arriving together share one look-up that
 * began after each of them arrived). Concurrent misses of one request share one statement.
 */
export class AvailabilityCache<Row> {
  private readonly entries = new Map<string, CachedAnswer<Row>>();
  private readonly pending = new Map<string, Promise<CachedAnswer<Row>>>();
  /** Answers being computed (or computed) as of the instant the current one expires. */
  private readonly upcoming = new Map<string, Promise<CachedAnswer<Row> | null>>();
  private rows = 0;
  /** Concurrent requests share one look-up of the versions, one begun after each of them arrived. */
  private readonly versions = new CoalescedReads<number, number>();

  /**
   * The rows for `key` at `now`. `compute(at)` runs the statement as of the instant `at`: shortly
   * before an answer expires by time alone, the next one is computed as of that instant in the
   * background, so that polling clients do not all wait for the statement whenever the clock moves.
   */
  async get(em: EntityManager, key: string, now: Date, compute: (at: Date) => Promise<CachedAnswer<Row>>): Promise<CachedAnswer<Row>> {
    const at = now.getTime();
    const cached = this.entries.get(key);
    if (cached && cached.computedAt <= at && at < cached.expiresAt) {
      if (await this.isCurrent(em, cached)) {
        if (cached.expiresAt - at <= refreshAheadMillis) this.prepare(key, cached.expiresAt, compute);
        return cached;
      }
    } else if (cached && cached.computedAt <= at) {
      // Expired by time alone: its successor was (or is being) computed for this moment. After a
      // change of versions it is not waited for: it may well predate the change.
      const prepared = await this.upcoming.get(key);
      if (prepared && (await this.serves(em, prepared, at))) {
        this.store(key, prepared);
        return prepared;
      }
    }
    let running = this.pending.get(key);
    if (!running) {
      running = compute(now).finally(() => this.pending.delete(key));
      this.pending.set(key, running);
    }
    const fresh = await running;
    this.store(key, fresh);
    return fresh;
  }

  /**
   * Whether an answer holds at `at`: made for an instant not after it, not expired, its offices
   * unchanged. The one check of every cached answer, also of the responses made from it (response-cache.ts).
   */
  async serves(em: EntityManager, answer: CachedAnswer<Row>, at: number): Promise<boolean> {
    return answer.computedAt <= at && at < answer.expiresAt && (await this.isCurrent(em, answer));
  }

  /** Computes the answer as of `at` once, in the background; a failure leaves the request to compute it. */
  private prepare(key: string, at: number, compute: (at: Date) => Promise<CachedAnswer<Row>>): void {
    if (this.upcoming.has(key)) return;
    this.upcoming.set(
      key,
      compute(new Date(at)).catch(() => null),
    );
  }

  private store(key: string, answer: CachedAnswer<Row>): void {
    this.forget(key);
    // The oldest answers go first (a Map keeps insertion order).
    while (this.rows + answer.rows.length > maxRows && this.entries.size > 0) this.forget(this.entries.keys().next().value!);
    this.entries.set(key, answer);
    this.rows += answer.rows.length;
  }

  private forget(key: string): void {
    this.upcoming.delete(key);
    const entry = this.entries.get(key);
    if (!entry) return;
    this.rows -= entry.rows.length;
    this.entries.delete(key);
  }

  private async isCurrent(em: EntityManager, cached: CachedAnswer<Row>): Promise<boolean> {
    if (cached.versions.size === 0) return true;
    const current = await this.versions.read(cached.versions.keys(), async (ids) => {
      const rows = await em.execute<{ id: number; version: number }[]>('select id, version from office where id = any(?::bigint[])', [sqlArray(ids)]);
      return new Map(rows.map((row) => [row.id, row.version]));
    });
    for (const [id, version] of cached.versions) if (current.get(id) !== version) return false;
    return true;
  }
}
