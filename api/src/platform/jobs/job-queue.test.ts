import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '@zms/test-kit/database';
import { ControlledClock } from '../clock';
import { entities } from '../../app/entities';
import { migrate, openOrm } from '../database';
import { migrationsList } from '../../migrations';
import { sqlInstant } from '../sql';
import { JobKind, JobRunner, scheduleJob, type LeasedJobHandler } from './job-queue';

let database: TestDatabase;
let orm: MikroORM;
const clock = new ControlledClock(new Date('2026-03-02T08:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm(database.url, entities);
});

afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

async function jobs(): Promise<{ kind: string; key: string; attempts: number; last_error: string | null }[]> {
  return orm.em.fork().execute('select kind, key, attempts, last_error from job order by kind, key');
}

async function plan(kind: JobKind, ...keys: string[]): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    for (const key of keys) await scheduleJob(em, kind, key, clock.now());
  });
}

function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Waits (a bounded while) until `condition` holds, for a runner working in the background. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function runAtOf(kind: JobKind, key: string): Promise<string> {
  const [row] = await orm.em.fork().execute<{ run_at: string }[]>('select run_at from job where kind = ? and key = ?', [kind, key]);
  return sqlInstant(row.run_at).toISOString();
}

describe('job runner', () => {
  it('plans a job in the caller transaction, keeping the earliest due time', async () => {
    await orm.em.fork().transactional(async (em) => {
      await scheduleJob(em, JobKind.freeCapacity, 'a', new Date('2026-03-02T08:20:00Z'));
      await scheduleJob(em, JobKind.freeCapacity, 'a', new Date('2026-03-02T08:10:00Z'));
      await scheduleJob(em, JobKind.freeCapacity, 'a', new Date('2026-03-02T08:30:00Z'));
    });
    const [row] = await orm.em.fork().execute<{ run_at: string }[]>(`select run_at from job where key = 'a'`);
    expect(sqlInstant(row.run_at).toISOString()).toBe('2026-03-02T08:10:00.000Z');
    await orm.em.fork().execute('delete from job');
  });

  it('runs each due job exactly once across concurrent runners, and only when due', async () => {
    const runs: string[] = [];
    const handler = async (_em: unknown, key: string) => {
      runs.push(key);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return null;
    };
    const runners = [new JobRunner(orm, clock), new JobRunner(orm, clock), new JobRunner(orm, clock)].map((runner) => runner.register(JobKind.freeCapacity, handler));
    await orm.em.fork().transactional(async (em) => {
      for (let key = 0; key < 30; key += 1) await scheduleJob(em, JobKind.freeCapacity, `due-${key}`, clock.now());
      await scheduleJob(em, JobKind.freeCapacity, 'later', new Date(clock.now().getTime() + 60_000));
    });
    const counts = await Promise.all(runners.map((runner) => runner.runDue()));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(30);
    expect(new Set(runs).size).toBe(30);
    expect(runs).not.toContain('later');
    expect((await jobs()).map((job) => job.key)).toEqual(['later']);
    clock.advance(1);
    expect(await runners[0].runDue()).toBe(1);
    expect(await jobs()).toEqual([]);
  });

  it('keeps a job whose handler answers its next due time, and retries a failing one later', async () => {
    let calls = 0;
    const runner = new JobRunner(orm, clock, () => {})
      .register(JobKind.extendWindow, async (em) => {
        await em.execute(`insert into organisation (name, slug) values ('written by a handler', 'handler')`);
        return new Date(clock.now().getTime() + 60 * 60_000);
      })
      .register(JobKind.freeCapacity, async (em) => {
        calls += 1;
        await em.execute(`insert into organisation (name, slug) values ('half-written', 'half-written')`);
        throw new Error('boom');
      });
    await orm.em.fork().transactional(async (em) => {
      await scheduleJob(em, JobKind.extendWindow, 'office', clock.now());
      await scheduleJob(em, JobKind.freeCapacity, 'failing', clock.now());
    });
    expect(await runner.runDue()).toBe(2);
    expect(await jobs()).toEqual([
      { kind: JobKind.extendWindow, key: 'office', attempts: 0, last_error: null },
      { kind: JobKind.freeCapacity, key: 'failing', attempts: 1, last_error: 'Error: boom' },
    ]);
    // The failed handler's write was undone; the successful one's kept.
    expect((await orm.em.fork().execute<{ name: string }[]>('select name from organisation')).map((row) => row.name)).toEqual(['written by a handler']);
    expect(await runner.runDue()).toBe(0);
    clock.advance(2);
    expect(await runner.runDue()).toBe(1);
    expect(calls).toBe(2);
  });
});

describe('leased jobs', () => {
  beforeEach(async () => {
    await orm.em.fork().execute('delete from job');
  });

  it('work outside any transaction, as many at once as the lane allows, and no other runner takes them while leased', async () => {
    const release = gate();
    let working = 0;
    let mostAtOnce = 0;
    const sending: LeasedJobHandler<string, string> = {
      leaseMs: 5 * 60_000,
      claim: async (_em, key) => key,
      work: async (key) => {
        working += 1;
        mostAtOnce = Math.max(mostAtOnce, working);
        await release.opened;
        working -= 1;
        return `sent ${key}`;
      },
      finish: async (em, _key, _claim, outcome) => {
        await em.execute('insert into organisation (name, slug) values (?, md5(?))', [outcome, outcome]);
        return null;
      },
    };
    const runner = new JobRunner(orm, clock).register(JobKind.deliverMessage, sending, { parallelism: 2 });
    const other = new JobRunner(orm, clock).register(JobKind.deliverMessage, { ...sending, work: async (key) => `other ${key}` });
    await plan(JobKind.deliverMessage, 'a', 'b', 'c');
    runner.startPolling(20);
    try {
      await until(() => working === 2);
      expect(working).toBe(2);
      const [{ idle }] = await orm.em.fork().execute<{ idle: number }[]>(`select count(*)::int as idle from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
      expect(idle).toBe(0);
      // The two being worked are leased; only the third is left for another runner.
      expect(await other.runDue()).toBe(1);
    } finally {
      release.open();
      await runner.stop();
    }
    expect(mostAtOnce).toBe(2);
    const names = await orm.em.fork().execute<{ name: string }[]>(`select name from organisation where name like 'sent %' or name like 'other %' order by name`);
    expect(names.map((row) => row.name.split(' ')[0])).toEqual(['other', 'sent', 'sent']);
    expect(await jobs()).toEqual([]);
    await orm.em.fork().execute(`delete from organisation where name like 'sent %' or name like 'other %'`);
  });

  it('are taken over once their lease ran out, and the late finish leaves the job to the runner that took it over', async () => {
    const release = gate();
    let calls = 0;
    const inAnHour = () => new Date(clock.now().getTime() + 3_600_000);
    const sending: LeasedJobHandler<string, number> = {
      leaseMs: 60_000,
      claim: async (_em, key) => key,
      work: async () => {
        calls += 1;
        const call = calls;
        if (call === 1) await release.opened;
        return call;
      },
      // The first (late) runner would be done with the job; the second plans it again.
      finish: async (_em, _key, _claim, call) => (call === 1 ? null : inAnHour()),
    };
    const first = new JobRunner(orm, clock).register(JobKind.deliverMessage, sending);
    const second = new JobRunner(orm, clock).register(JobKind.deliverMessage, sending);
    await plan(JobKind.deliverMessage, 'slow');
    const running = first.runDue();
    await until(() => calls === 1);
    expect(await second.runDue()).toBe(0);
    clock.advance(2);
    expect(await second.runDue()).toBe(1);
    const plannedBySecond = await runAtOf(JobKind.deliverMessage, 'slow');
    expect(plannedBySecond).toBe(inAnHour().toISOString());
    release.open();
    expect(await running).toBe(1);
    expect(await jobs()).toEqual([{ kind: JobKind.deliverMessage, key: 'slow', attempts: 0, last_error: null }]);
    expect(await runAtOf(JobKind.deliverMessage, 'slow')).toBe(plannedBySecond);
  });

  it('are retried with backoff when their work fails', async () => {
    const runner = new JobRunner(orm, clock, () => {}).register(JobKind.deliverMessage, {
      leaseMs: 60_000,
      claim: async (_em, key) => key,
      work: async () => {
        throw new Error('refused');
      },
      finish: async () => null,
    });
    await plan(JobKind.deliverMessage, 'refused');
    expect(await runner.runDue()).toBe(1);
    expect(await jobs()).toEqual([{ kind: JobKind.deliverMessage, key: 'refused', attempts: 1, last_error: 'Error: refused' }]);
    expect(await runAtOf(JobKind.deliverMessage, 'refused')).toBe(new Date(clock.now().getTime() + 2 * 60_000).toISOString());
  });
});

describe('lanes', () => {
  beforeEach(async () => {
    await orm.em.fork().execute('delete from job');
  });

  it('keep running jobs of one kind while a job of another kind hangs, in or outside its transaction', async () => {
    const release = gate();
    let extending = 0;
    let sending = 0;
    const freed: string[] = [];
    const runner = new JobRunner(orm, clock, () => {})
      .register(JobKind.extendWindow, async () => {
        extending += 1;
        await release.opened;
        return null;
      })
      .register(JobKind.deliverMessage, {
        leaseMs: 60_000,
        claim: async (_em, key) => key,
        work: async () => {
          sending += 1;
          await release.opened;
        },
        finish: async () => null,
      })
      .register(JobKind.freeCapacity, async (_em, key) => {
        freed.push(key);
        return null;
      });
    await plan(JobKind.extendWindow, 'hanging');
    await plan(JobKind.deliverMessage, 'hanging');
    runner.startPolling(20);
    try {
      await until(() => extending === 1 && sending === 1);
      expect({ extending, sending }).toEqual({ extending: 1, sending: 1 });
      await plan(JobKind.freeCapacity, 'first');
      await until(() => freed.length === 1);
      await plan(JobKind.freeCapacity, 'second');
      await until(() => freed.length === 2);
      expect(freed).toEqual(['first', 'second']);
      expect({ extending, sending }).toEqual({ extending: 1, sending: 1 });
    } finally {
      release.open();
      await runner.stop();
    }
    expect(await jobs()).toEqual([]);
  });
});

describe('migrations', () => {
  it('are applied once when several processes start at the same time', async () => {
    const fresh = await createTestDatabase();
    const serverUrl = new URL(fresh.url);
    const emptyName = `${serverUrl.pathname.slice(1)}_empty`;
    const admin = await openOrm(fresh.url, entities);
    await admin.em.fork().execute(`create database ${emptyName}`);
    await admin.close();
    serverUrl.pathname = `/${emptyName}`;
    try {
      const applied = await Promise.all([migrate(serverUrl.toString(), entities), migrate(serverUrl.toString(), entities), migrate(serverUrl.toString(), entities)]);
      expect(applied.filter((names) => names.length > 0)).toEqual([migrationsList.map((migration) => migration.name)]);
    } finally {
      const cleanup = await openOrm(fresh.url, entities);
      await cleanup.em.fork().execute(`drop database if exists ${emptyName} with (force)`);
      await cleanup.close();
      await fresh.drop();
    }
  });
});
