import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IdCodec } from '../../api/src/platform/graphql/ids';
import { apiProcessArguments } from '../test-kit/src/api-process';

// The processes a benchmark measures: the API as production runs it (no watch mode, no test
// clock) and the reference servers; each stops when the run ends, whatever happens.

const here = path.dirname(fileURLToPath(import.meta.url));
export const apiRoot = path.resolve(here, '../../api');
export const repositoryRoot = path.resolve(here, '../..');
const running = new Set<ChildProcess>();

export const benchAdmin = { username: 'bench-admin', password: 'bench-admin-password' };
/** The name of the API key the servers exempt from rate limits. */
export const benchKeyName = 'bench';
const benchLinkSecret = 'bench-link-signing-secret-of-32-characters';
/** The servers' IDs: the data set is written with SQL (database keys), requests name what the API gave out. */
export const benchIds = new IdCodec(benchLinkSecret);

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Stops every process this run started (on success, failure and Ctrl-C alike). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode} before it was ready:\n${output()}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API was not ready within 60 s:\n${output()}`);
}

/** The environment of a production API process for the benchmarks. */
export function apiEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: 'http://127.0.0.1',
    MIGRATE_ON_START: 'false',
    SEED_DEMO_DATA: 'false',
    BOOTSTRAP_ADMIN_USERNAME: benchAdmin.username,
    BOOTSTRAP_ADMIN_PASSWORD: benchAdmin.password,
    RATE_LIMIT_EXEMPT_API_KEYS: benchKeyName,
    LINK_SIGNING_SECRET: benchLinkSecret,
    TRUSTED_DOCUMENT_MANIFESTS: path.resolve(here, '../test-kit/src/gql/persisted-documents.json'),
    // Request logs would measure the terminal: warnings and errors only.
    LOG_LEVEL: 'warn',
    // The calls scenarios' 1,000 displays share one device key (the storm gives each its own).
    SOCKETS_PER_CREDENTIAL: '5000',
  };
}

/** One API process on the data set of `databaseUrl`, as `npm start` runs it: the bundle, when it is up to date (main.ts builds it). */
export async function startApi(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, apiProcessArguments(), {
    cwd: apiRoot,
    env: { ...process.env, ...apiEnvironment(databaseUrl), PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** A reference server of reference-server.ts: floor, ceiling or ws. */
export async function startReference(kind: 'floor' | 'ceiling' | 'ws', env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'reference-server.ts'), kind], { cwd: here, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  running.add(child);
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The ${kind} reference exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}

/**
 * CPU time a process has used so far (user and system), in milliseconds (Linux, whose /proc
 * counts in ticks of 1/100 s); null where /proc is not there. Unlike wall time, it does not grow
 * with what else the machine runs.
 */
export function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Resident memory of a process now, in MiB (Linux); null where /proc is not there. */
export function residentMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
