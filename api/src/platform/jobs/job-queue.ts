import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock';
import { collectEvents, emitAll } from '../events/event-bus';
import { errorSummary } from '../safe-error';
import { sqlArray } from '../sql';
import { deferStatement } from '../statement-batch';
import { inTransaction } from '../transaction';

/** Does the due work of one key in the job's transaction; answers when it is due again, or null when nothing is pending. */
export type JobHandler = (em: EntityManager, key: string, now: Date) => Promise<Date | null>;

/**
 * A job whose work must not hold a transaction open, such as a send to another server. `claim`
 * (in a first short transaction) answers what to work on, or null when nothing is left; the job
 * is then leased: its due time moves `leaseMs` ahead, so that no other runner takes it while it
 * is worked, and any runner takes it again once a process died working it. `work` runs outside
 * any transaction; `finish` (in a second short transaction) records its outcome and answers when
 * the job is due again. A job can so be worked twice (after a crash, or work that outlasted its
 * lease): `finish` writes only what is still true then.
 */
export interface LeasedJobHandler<Claim, Outcome> {
  /** Longer than `work` may take. */
  leaseMs: number;
  claim(em: EntityManager, key: string, now: Date): Promise<Claim | null>;
  work(claim: Claim): Promise<Outcome>;
  finish(em: EntityManager, key: string, claim: Claim, outcome: Outcome, now: Date): Promise<Date | null>;
}

export enum JobKind {
  /** Expires unconfirmed holds and releases cancelled appointments' slots after the release delay. */
  freeCapacity = 'freeCapacity',
  /** Materialises an office's slots as new days come into reach of its booking window. */
  extendWindow = 'extendWindow',
  /** Closes an office's day: no-shows, missed entries, statistics. */
  endDay = 'endDay',
  /** Forgets expired rate-limit counters and spent proofs of work. */
  housekeeping = 'housekeeping',
  /** Sends one outbox message (key: its id), retrying with backoff. */
  deliverMessage = 'deliverMessage',
  /** POSTs one webhook delivery (key: its id), retrying with backoff. */
  deliverWebhook = 'deliverWebhook',
  /** Writes a reminder for an appointment (key: appointment, start and offset). */
  sendReminder = 'sendReminder',
  /** Erases contact data and old messages past their retention, daily. */
  retention = 'retention',
  /** Runs a draw at its moment (key: the draw's id): reveals the seed, orders, matches, offers. */
  runDraw = 'runDraw',
  /** Ends a draw's offering at its release moment (key: the draw's id). */
  releaseDraw = 'releaseDraw',
}

const maxBackoffMinutes = 60;

/** Plans work in the caller's transaction, so a job exists if and only if its cause committed. */
export async function scheduleJob(em: EntityManager, kind: JobKind, key: string, runAt: Date): Promise<void> {
  // Nothing waits for the row: in a statement batch it rides with the transaction's next statement.
  await deferStatement(
    em,
    `insert into job (kind, key, run_at) values (?, ?, ?)
     on conflict (kind, key) do update set run_at = least(job.run_at, excluded.run_at)`,
    [kind, key, runAt],
  );
}

type Attempt<T> = { result: T } | { error: unknown };

interface JobRow {
  id: string;
  key: string;
  attempts: number;
}

/** The jobs of one kind, polled and run apart from other kinds, so that a slow kind delays only itself. */
interface Lane {
  kind: JobKind;
  handler: JobHandler | LeasedJobHandler<unknown, unknown>;
  /** How many of its jobs one process runs at once. */
  parallelism: number;
  /** The polling workers now running it in this process. */
  workers: Set<Promise<number>>;
}

/**
 * Runs due jobs from the job table, each kind in a lane of its own. Several processes may run
 * this at once: each job row is taken with FOR UPDATE SKIP LOCKED, and its work done in that
 * same transaction, or for a leased job between two transactions.
 */
export class JobRunner {
  private readonly lanes = new Map<JobKind, Lane>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly log: (message: string) => void = console.error,
  ) {}

  register<Claim, Outcome>(kind: JobKind, handler: JobHandler | LeasedJobHandler<Claim, Outcome>, options: { parallelism?: number } = {}): this {
    this.lanes.set(kind, { kind, handler, parallelism: options.parallelism ?? 1, workers: new Set() });
    return this;
  }

  /**
   * Runs every job that is due now, including those that become due while running, one at a time
   * in the order they fell due, whatever their kind; answers how many ran. For tests and the test
   * route: a day's end must run after the expiries and releases due before it, as they fell due.
   * Polling runs the lanes side by side instead, so that a slow kind holds up no other.
   */
  async runDue(): Promise<number> {
    const kinds = sqlArray([...this.lanes.keys()]);
    let total = 0;
    for (;;) {
      const [next] = await this.orm.em.fork().execute<{ kind: JobKind }[]>('select kind from job where run_at <= ? and kind = any(?::text[]) order by run_at, id limit 1', [this.clock.now(), kinds]);
      // Nothing due, or the earliest is another runner's right now: it drains the rest.
      if (!next || !(await this.runOne(this.lanes.get(next.kind)!))) return total;
      total += 1;
    }
  }

  private async drain(lane: Lane): Promise<number> {
    let count = 0;
    while (await this.runOne(lane)) count += 1;
    return count;
  }

  private async runOne(lane: Lane): Promise<boolean> {
    return typeof lane.handler === 'function' ? this.runInTransaction(lane.kind, lane.handler) : this.runLeased(lane.kind, lane.handler);
  }

  private async takeDue(em: EntityManager, kind: JobKind, now: Date): Promise<JobRow | undefined> {
    const [job] = await em.execute<JobRow[]>(`select id, key, attempts from job where kind = ? and run_at <= ? order by run_at, id limit 1 for update skip locked`, [kind, now]);
    return job;
  }

  /**
   * Runs `body` in a savepoint of the transaction that holds the job row: a failing body's writes
   * and events are undone while the row stays locked for the retry bookkeeping.
   */
  private async attempt<T>(em: EntityManager, body: (em: EntityManager) => Promise<T>): Promise<Attempt<T>> {
    try {
      const { result, events } = await collectEvents(() => em.transactional((inner) => body(inner)));
      emitAll(events);
      return { result };
    } catch (error) {
      return { error };
    }
  }

  /** Plans the job as its handler answered, or for a retry with backoff after a failure. */
  private async settle(em: EntityManager, kind: JobKind, job: JobRow, attempt: Attempt<Date | null>, now: Date): Promise<void> {
    if ('result' in attempt) {
      if (attempt.result === null) await em.execute('delete from job where id = ?', [job.id]);
      else await em.execute('update job set run_at = ?, attempts = 0, last_error = null where id = ?', [attempt.result, job.id]);
      return;
    }
    const attempts = job.attempts + 1;
    const retryAt = new Date(now.getTime() + Math.min(2 ** attempts, maxBackoffMinutes) * 60_000);
    const summary = errorSummary(attempt.error);
    await em.execute('update job set attempts = ?, run_at = ?, last_error = ? where id = ?', [attempts, retryAt, summary, job.id]);
    this.log(`job ${kind}/${job.key} failed (attempt ${attempts}, retry at ${retryAt.toISOString()}): ${summary}`);
  }

  private async runInTransaction(kind: JobKind, handler: JobHandler): Promise<boolean> {
    const now = this.clock.now();
    return inTransaction(this.orm.em, async (em) => {
      const job = await this.takeDue(em, kind, now);
      if (!job) return false;
      await this.settle(em, kind, job, await this.attempt(em, (inner) => handler(inner, job.key, now)), now);
      return true;
    });
  }

  private async runLeased(kind: JobKind, handler: LeasedJobHandler<unknown, unknown>): Promise<boolean> {
    const claimedAt = this.clock.now();
    const leaseUntil = new Date(claimedAt.getTime() + handler.leaseMs);
    const taken = await inTransaction(this.orm.em, async (em) => {
      const job = await this.takeDue(em, kind, claimedAt);
      if (!job) return null;
      const claimed = await this.attempt(em, (inner) => handler.claim(inner, job.key, claimedAt));
      if ('result' in claimed && claimed.result !== null) {
        await em.execute('update job set run_at = ? where id = ?', [leaseUntil, job.id]);
        return { job, claim: claimed.result };
      }
      await this.settle(em, kind, job, 'result' in claimed ? { result: null } : claimed, claimedAt);
      return { job, claim: null };
    });
    if (!taken) return false;
    const { job, claim } = taken;
    if (claim === null) return true;
    const worked: Attempt<unknown> = await handler.work(claim).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    const finishedAt = this.clock.now();
    await inTransaction(this.orm.em, async (em) => {
      // Still this runner's, unless another took it over once the lease ran out, or it was planned anew.
      const [leased] = await em.execute<{ id: string }[]>('select id from job where id = ? and run_at = ? for update', [job.id, leaseUntil]);
      const finished = 'result' in worked ? await this.attempt(em, (inner) => handler.finish(inner, job.key, claim, worked.result, finishedAt)) : worked;
      if (leased) await this.settle(em, kind, job, finished, finishedAt);
      else if ('error' in finished) this.log(`job ${kind}/${job.key} failed after its lease ran out: ${errorSummary(finished.error)}`);
    });
    return true;
  }

  /** Polls every lane; a lane with due jobs gets workers up to its parallelism, apart from the other lanes. */
  startPolling(intervalMs: number): void {
    const tick = () => {
      this.ticking ??= this.fillLanes()
        .catch((error) => this.log(`job polling failed: ${errorSummary(error)}`))
        .finally(() => {
          this.ticking = null;
        });
    };
    this.timer = setInterval(tick, intervalMs);
    tick();
  }

  private async fillLanes(): Promise<void> {
    const due = await this.orm.em
      .fork()
      .execute<{ kind: JobKind; due: number }[]>('select kind, count(*)::int as due from job where run_at <= ? and kind = any(?::text[]) group by kind', [this.clock.now(), sqlArray([...this.lanes.keys()])]);
    for (const { kind, due: count } of due) {
      const lane = this.lanes.get(kind)!;
      for (let started = Math.min(count, lane.parallelism) - lane.workers.size; started > 0; started -= 1) {
        const worker: Promise<number> = this.drain(lane)
          .catch((error) => {
            this.log(`jobs ${kind} failed: ${errorSummary(error)}`);
            return 0;
          })
          .finally(() => lane.workers.delete(worker));
        lane.workers.add(worker);
      }
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    await Promise.all([...this.lanes.values()].flatMap((lane) => [...lane.workers]));
  }
}
