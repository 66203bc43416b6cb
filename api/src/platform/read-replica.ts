import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { CoalescedReads } from './coalesced-reads';
import { ormOptions } from './database';
import { errorSummary } from './safe-error';

/** What the configuration says of the replica (DATABASE_REPLICA_URL), with the size of its pool. */
export interface ReadReplicaSettings {
  url: string;
  /** How long a read waits for the replica's replay to reach the primary's position before the primary answers. */
  waitMs: number;
  poolMax: number;
}

/** After the replica failed to answer, the primary answers alone for this long before the replica is tried again. */
const retryAfterMs = 5_000;
/** Errors of a replica that cannot answer now: unreachable, shutting down, starting, or a statement replay cancelled. */
const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03']);
/** A hot standby cancels a statement whose snapshot a replayed change would break: the primary answers that one. */
const recoveryConflictCodes = new Set(['40001', '40P01']);

function failureOf(error: unknown): 'unreachable' | 'conflict' | null {
  // The driver's error may come wrapped by the ORM's (DriverException keeps the code, `cause` the original).
  for (let cause = error as { code?: unknown; message?: unknown; cause?: unknown } | null | undefined; cause && typeof cause === 'object'; cause = cause.cause as typeof cause) {
    const code = typeof cause.code === 'string' ? cause.code : '';
    if (unreachableCodes.has(code) || code.startsWith('08') || /Connection terminated|timeout acquiring a connection/i.test(String(cause.message))) return 'unreachable';
    if (recoveryConflictCodes.has(code)) return 'conflict';
  }
  return null;
}

/**
 * A streaming replica that takes reads off the primary without ever answering stale. The rule is
 * PostgreSQL's own position in its write-ahead log: a read is served by the replica only when the
 * replica has replayed the primary's WAL up to where it was flushed when the read arrived. Every
 * commit a client has been told of is flushed by then (synchronous_commit is on for everything
 * these reads look at), so the replica then holds every write any process made before the read,
 * whichever tables the read touches; a citizen who just booked, on whatever process, cannot see the
 * slot free again. Office versions would tell the same for availability only: statistics (queue
 * entries, calls) and the catalogue (counters, groups, services) change without an office's version.
 *
 * The primary's position is read once for all reads arriving together (one look-up begun after each
 * of them arrived); the replica's replay is checked on the connection the read then uses, so that a
 * replica restarted between the check and the read (whose replay starts over from a restart point)
 * fails the read instead of answering from before the position.
 */
export class ReadReplica {
  private readonly orm: MikroORM;
  private readonly primaryPositions = new CoalescedReads<'flushed', string>();
  private unavailableUntil = 0;

  constructor(
    private readonly settings: ReadReplicaSettings,
    entities: NonNullable<Parameters<typeof ormOptions>[1]>,
    private readonly warn: (message: string) => void,
  ) {
    // Connects at the first read: a replica down at start only means the primary answers until it is up.
    this.orm = MikroORM.initSync(ormOptions(settings.url, entities, { pool: { min: 0, max: settings.poolMax }, connect: false }));
  }

  /** `read` on the replica when it is fresh enough, else (or when the replica fails on it) on `primary`. */
  async read<T>(primary: EntityManager, read: (em: EntityManager) => Promise<T>): Promise<T> {
    if (Date.now() < this.unavailableUntil) return read(primary);
    const position = await this.primaryPosition(primary);
    try {
      const answer = await this.orm.em.fork().transactional(async (em) => ((await this.replayed(em, position)) ? { value: await read(em) } : null));
      if (answer) return answer.value;
    } catch (error) {
      const failure = failureOf(error);
      if (failure === null) throw error;
      if (failure === 'unreachable') {
        this.unavailableUntil = Date.now() + retryAfterMs;
        this.warn(`read replica unavailable, reads go to the primary for ${retryAfterMs / 1000} s: ${errorSummary(error)}`);
      }
    }
    return read(primary);
  }

  async close(): Promise<void> {
    await this.orm.close();
  }

  private async primaryPosition(primary: EntityManager): Promise<string> {
    const positions = await this.primaryPositions.read(['flushed'], async () => {
      const [row] = await primary.execute<{ position: string }[]>('select pg_current_wal_flush_lsn()::text as position');
      return new Map([['flushed', row.position]]);
    });
    return positions.get('flushed')!;
  }

  /**
   * Whether the replica has replayed up to `position`, waiting for it a little. The statements of the
   * read that follow in this transaction take their snapshots later, so they see all of it. A server
   * that is not in recovery (a primary named as the replica by mistake) answers null: never used.
   */
  private async replayed(em: EntityManager, position: string): Promise<boolean> {
    const deadline = Date.now() + this.settings.waitMs;
    for (let pause = 1; ; pause *= 2) {
      const [row] = await em.execute<{ replayed: boolean }[]>('select coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false) as replayed', [position]);
      if (row.replayed) return true;
      const wait = Math.min(pause, deadline - Date.now());
      if (wait <= 0) return false;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The replica of each primary ORM, by the configuration its entity managers share (forks included). */
const replicas = new WeakMap<object, ReadReplica>();

/** Gives the app's ORM its replica: reads of its entity managers that go through readConnectionFor may use it. */
export function attachReadReplica(primary: MikroORM, settings: ReadReplicaSettings, warn: (message: string) => void): ReadReplica {
  const replica = new ReadReplica(settings, primary.config.get('entities'), warn);
  replicas.set(primary.config, replica);
  return replica;
}

/**
 * Runs a read (statements only, no writes) on the connection that answers it freshly: the replica's
 * entity manager when the primary has one attached and it has replayed every commit made before
 * this call, else `em` itself. Inside a transaction `em` always answers: a read there must see the
 * transaction's own writes and its locks. `read` may run twice (replica failed mid-way, then primary).
 */
export function readConnectionFor<T>(em: EntityManager, read: (em: EntityManager) => Promise<T>): Promise<T> {
  const replica = em.isInTransaction() ? undefined : replicas.get(em.config);
  return replica ? replica.read(em, read) : read(em);
}
