import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '@zms/api/src/platform/embedded-postgres';
import { repositoryRoot } from './workspace';

const run = promisify(execFile);

/**
 * A primary and a streaming standby of it, both from the embedded-postgres binaries (PostgreSQL 15),
 * the standby made with Debian's `pg_basebackup -R` (postgresql-client-15: the same major).
 */
export interface ReplicatedPostgres {
  /** The migrated database `zms` on the primary. */
  primaryUrl: string;
  /** The same database on the standby (read-only, hot standby). */
  standbyUrl: string;
  /** Fast shutdown of the standby, and its start again (it catches up from the primary). */
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  /** Stops both servers and removes their data. */
  stop(): Promise<void>;
}

/** The major version of the `pg_basebackup` on the PATH, or null without one. */
export async function basebackupMajor(): Promise<number | null> {
  try {
    const { stdout } = await run('pg_basebackup', ['--version']);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The binaries embedded-postgres installs for this platform (initdb, pg_ctl, postgres). */
async function embeddedBinaries(): Promise<{ initdb: string; pg_ctl: string }> {
  return (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { initdb: string; pg_ctl: string };
}

/** PostgreSQL refuses to run as root: as root, everything runs as the `postgres` user (the embedded server's too). */
async function serverUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Command-line settings of both servers: loopback only, no Unix socket, fsync off (test data). */
function settings(port: number): string {
  return [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=100',
    '-c wal_level=replica',
    '-c max_wal_senders=4',
    '-c hot_standby=on',
    '-c hot_standby_feedback=on',
  ].join(' ');
}

/** Whether a PostgreSQL at `url` accepts a connection and answers a query now. */
export async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts a primary with the schema migrated and a standby streaming from it, on free ports, with
 * data under the repository's .data (not a 0700 temporary folder: the `postgres` user must reach it).
 */
export async function startReplicatedPostgres(): Promise<ReplicatedPostgres> {
  const { initdb, pg_ctl } = await embeddedBinaries();
  const user = await serverUser();
  const root = path.join(repositoryRoot, '.data/standby', `${process.pid}-${Date.now().toString(36)}`);
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  await fs.mkdir(root, { recursive: true });
  if (user.uid !== undefined) await fs.chown(root, user.uid, user.gid!);
  const asServer = (file: string, args: string[]) => run(file, args, { ...user, cwd: root });
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/zms`;
  const standbyUrl = `postgres://postgres@127.0.0.1:${standbyPort}/zms`;
  const start = (dataDir: string, port: number) => asServer(pg_ctl, ['start', '-D', dataDir, '-w', '-t', '60', '-l', `${dataDir}.log`, '-o', settings(port)]);
  const stop = (dataDir: string) => asServer(pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']).then(() => undefined);

  // Trust on the loopback interface, replication included (initdb's own pg_hba lines).
  await asServer(initdb, ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  await start(primaryDir, primaryPort);
  try {
    const admin = new pg.Client({ connectionString: primaryUrl.replace(/\/zms$/, '/postgres') });
    await admin.connect();
    await admin.query('create database zms');
    await admin.end();
    const [{ migrate }, { entities }] = await Promise.all([import('@zms/api/src/platform/database'), import('@zms/api/src/app/entities')]);
    await migrate(primaryUrl, entities);
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming standby.
    await asServer('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standbyDir, '-R', '-X', 'stream', '-c', 'fast']);
    const startStandby = async () => {
      await start(standbyDir, standbyPort);
      await waitUntil(() => acceptsConnections(standbyUrl), 'the standby to accept connections');
    };
    await startStandby();
    return {
      primaryUrl,
      standbyUrl,
      startStandby,
      stopStandby: () => stop(standbyDir),
      stop: async () => {
        await stop(standbyDir).catch(() => {});
        await stop(primaryDir).catch(() => {});
        await fs.rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stop(standbyDir).catch(() => {});
    await stop(primaryDir).catch(() => {});
    await fs.rm(root, { recursive: true, force: true });
    throw error;
  }
}
