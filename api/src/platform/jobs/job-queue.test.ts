import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { ControlledClock } from '../clock';
import { migrate, openOrm } from '../database';
import { migrationsList } from '../../migrations';
import { sqlInstant } from '../sql';
import { JobKind, JobRunner, scheduleJob } from './job-queue';

let database: TestDatabase;
let orm: MikroORM;
const clock = new ControlledClock(new Date('2026-03-02T08:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm(database.url);
});

afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

async function jobs(): Promise<{ kind: string; key: string; attempts: number; last_error: string | null }[]> {
  return orm.em.fork().execute('select kind, key, attempts, last_error from job order by kind, key');
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
        await em.execute(`insert into organisation (name) values ('written by a handler')`);
        return new Date(clock.now().getTime() + 60 * 60_000);
      })
      .register(JobKind.freeCapacity, async (em) => {
        calls += 1;
        await em.execute(`insert into organisation (name) values ('half-written')`);
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

describe('migrations', () => {
  it('are applied once when several processes start at the same time', async () => {
    const fresh = await createTestDatabase();
    const serverUrl = new URL(fresh.url);
    const emptyName = `${serverUrl.pathname.slice(1)}_empty`;
    const admin = await openOrm(fresh.url);
    await admin.em.fork().execute(`create database ${emptyName}`);
    await admin.close();
    serverUrl.pathname = `/${emptyName}`;
    try {
      const applied = await Promise.all([migrate(serverUrl.toString()), migrate(serverUrl.toString()), migrate(serverUrl.toString())]);
      expect(applied.filter((names) => names.length > 0)).toEqual([migrationsList.map((migration) => migration.name)]);
    } finally {
      const cleanup = await openOrm(fresh.url);
      await cleanup.em.fork().execute(`drop database if exists ${emptyName} with (force)`);
      await cleanup.close();
      await fresh.drop();
    }
  });
});
