import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock';
import { collectEvents, emitAll } from '../events/event-bus';
import { inTransaction } from '../transaction';

/** Does the due work of one key; answers when it is due again, or null when nothing is pending. */
export type JobHandler = (em: EntityManager, key: string, now: Date) => Promise<Date | null>;

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
  /** Writes a reminder for an appointment (key: appointment, start and offset). */
  sendReminder = 'sendReminder',
  /** Erases contact data and old messages past their retention, daily. */
  retention = 'retention',
}

const maxBackoffMinutes = 60;

/** Plans work in the caller's transaction, so a job exists if and only if its cause committed. */
export async function scheduleJob(em: EntityManager, kind: JobKind, key: string, runAt: Date): Promise<void> {
  await em.execute(
    `insert into job (kind, key, run_at) values (?, ?, ?)
     on conflict (kind, key) do update set run_at = least(job.run_at, excluded.run_at)`,
    [kind, key, runAt],
  );
}

/**
 * Runs due jobs from the job table. Several processes may run this at once: each job row is
 * taken with FOR UPDATE SKIP LOCKED and its work done in that same transaction.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly log: (message: string) => void = console.error,
  ) {}

  register(kind: JobKind, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /** Runs every job that is due now, including those that become due while running; answers how many ran. */
  async runDue(): Promise<number> {
    let count = 0;
    while (await this.runOne()) count += 1;
    return count;
  }

  private async runOne(): Promise<boolean> {
    const now = this.clock.now();
    return inTransaction(this.orm.em, async (em) => {
      const [job] = await em.execute<{ id: string; kind: string; key: string; attempts: number }[]>(
        `select id, kind, key, attempts from job where run_at <= ? order by run_at limit 1 for update skip locked`,
        [now],
      );
      if (!job) return false;
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        // A savepoint: a failing handler's writes and events are undone while the job row stays
        // locked for the retry bookkeeping.
        const { result: next, events } = await collectEvents(() => em.transactional((inner) => handler(inner, job.key, now)));
        emitAll(events);
        if (next === null) await em.execute('delete from job where id = ?', [job.id]);
        else await em.execute('update job set run_at = ?, attempts = 0, last_error = null where id = ?', [next, job.id]);
      } catch (error) {
        const attempts = job.attempts + 1;
        const retryAt = new Date(now.getTime() + Math.min(2 ** attempts, maxBackoffMinutes) * 60_000);
        await em.execute('update job set attempts = ?, run_at = ?, last_error = ? where id = ?', [attempts, retryAt, String(error), job.id]);
        this.log(`job ${job.kind}/${job.key} failed (attempt ${attempts}, retry at ${retryAt.toISOString()}): ${String(error)}`);
      }
      return true;
    });
  }

  startPolling(intervalMs: number): void {
    const tick = () => {
      this.running ??= this.runDue()
        .catch((error) => {
          this.log(`job polling failed: ${String(error)}`);
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    };
    this.timer = setInterval(tick, intervalMs);
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
