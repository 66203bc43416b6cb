import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Where Debian's package puts it (`apt-get install pgbouncer`, 1.18 on bookworm). */
const pgBouncerBinary = '/usr/sbin/pgbouncer';

/** Whether this machine can run the tests that go through PgBouncer. */
export function pgBouncerInstalled(): boolean {
  return existsSync(pgBouncerBinary);
}

export interface PgBouncer {
  /** The URL of the database given, through PgBouncer: what DATABASE_URL of the API processes is set to. */
  url: string;
  /** What PgBouncer's admin console tells about its clients and its work for the database. */
  clients(): Promise<{ applicationName: string }[]>;
  transactions(): Promise<number>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PgBouncer refuses to run as root: as root, it runs as the postgres user (which PostgreSQL's packages create). */
function unprivilegedUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Quoted for pgbouncer.ini's connection strings, as libpq quotes values. */
const quoted = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function start(configFile: string, user: { uid: number; gid: number } | null): Promise<ChildProcess> {
  const child = spawn(pgBouncerBinary, [configFile], { stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('process up')) {
        child.stderr!.removeAllListeners('data');
        child.stderr!.resume();
        resolve(child);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`pgbouncer exited with ${code} before it was up:\n${output}`)));
  });
}

/**
 * PgBouncer in transaction mode in front of one database, on a free port of 127.0.0.1 and no Unix
 * socket, so that it binds nothing another server or test uses; it logs in to PostgreSQL as the
 * URL's user and trusts its own clients (test servers run with trust authentication).
 * `poolSize` server connections at most, whatever the number of clients.
 */
export async function startPgBouncer(databaseUrl: string, options: { poolSize?: number } = {}): Promise<PgBouncer> {
  const target = new URL(databaseUrl);
  const database = target.pathname.slice(1);
  const user = decodeURIComponent(target.username || 'postgres');
  const password = decodeURIComponent(target.password);
  const runAs = unprivilegedUser();
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'zms-pgbouncer-'));
  const server = [`host=${quoted(target.hostname)}`, `port=${target.port || 5432}`, `dbname=${quoted(database)}`, `user=${quoted(user)}`, ...(password ? [`password=${quoted(password)}`] : [])].join(' ');
  const configFile = path.join(folder, 'pgbouncer.ini');
  const userList = path.join(folder, 'userlist.txt');
  await fs.writeFile(userList, `"${user}" ""\n`, { mode: 0o600 });

  let child: ChildProcess | null = null;
  let port = 0;
  // A port found free may be taken before PgBouncer binds it: then another one.
  for (let attempt = 1; child === null; attempt += 1) {
    port = await freePort();
    await fs.writeFile(
      configFile,
      [
        '[databases]',
        `${database} = ${server}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = trust',
        `auth_file = ${userList}`,
        `admin_users = ${user}`,
        'pool_mode = transaction',
        `default_pool_size = ${options.poolSize ?? 10}`,
        'max_client_conn = 1000',
        'server_check_delay = 0',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    if (runAs) await Promise.all([folder, configFile, userList].map((file) => fs.chown(file, runAs.uid, runAs.gid)));
    try {
      child = await start(configFile, runAs);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  const running = child;
  // A test process that dies without stopping it must not leave it running.
  const killOnExit = () => running.kill('SIGTERM');
  process.once('exit', killOnExit);

  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  url.password = '';
  /** The admin console speaks only the simple protocol: no parameters. */
  async function show(command: string): Promise<Record<string, string>[]> {
    const admin = new pg.Client({ host: '127.0.0.1', port, user, database: 'pgbouncer' });
    await admin.connect();
    try {
      return (await admin.query<Record<string, string>>(command)).rows;
    } finally {
      await admin.end();
    }
  }

  return {
    url: url.toString(),
    clients: async () => (await show('show clients')).filter((row) => row.database === database).map((row) => ({ applicationName: row.application_name })),
    transactions: async () => Number((await show('show stats')).find((row) => row.database === database)?.total_xact_count ?? 0),
    stop: async () => {
      process.off('exit', killOnExit);
      if (running.exitCode === null && running.signalCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        // SIGINT: PgBouncer's "safe shutdown" would wait for its clients; SIGTERM ends it now.
        running.kill('SIGTERM');
        await exited;
      }
      await fs.rm(folder, { recursive: true, force: true });
    },
  };
}
