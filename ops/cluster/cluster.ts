import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLoadBalancer } from './load-balancer';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');

export interface Cluster {
  url: string;
  processes: number;
  stop(): Promise<void>;
}

function startProcess(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: apiRoot, env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/[^:\s]+:(\d+)/.exec(output);
      if (match) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`an API process exited with ${code} before listening`)));
  });
}

/**
 * N API processes on one PostgreSQL (and Redis where given) behind a round-robin balancer. The
 * database is migrated once, before the processes start; they run with MIGRATE_ON_START off.
 * DATABASE_URL may be PgBouncer in transaction mode, with DATABASE_DIRECT_URL past it: the
 * migration and each process's LISTEN and rate limits use that one (docs/operations.md, "Connections").
 */
export async function startCluster(options: { processes: number; port: number; env?: NodeJS.ProcessEnv }): Promise<Cluster> {
  const env = { ...process.env, ...options.env };
  if (!env.DATABASE_URL) throw new Error('The cluster needs DATABASE_URL: its processes share one PostgreSQL.');
  const migrate = spawn(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], { cwd: apiRoot, env, stdio: 'inherit' });
  const migrated = await new Promise<number | null>((resolve) => migrate.once('exit', resolve));
  if (migrated !== 0) throw new Error('Migrating the database failed.');
  const attempts = await Promise.allSettled(Array.from({ length: options.processes }, () => startProcess({ ...env, MIGRATE_ON_START: 'false' })));
  const started = attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value] : []));
  const failure = attempts.find((attempt) => attempt.status === 'rejected');
  if (failure) {
    // No half cluster: the processes that did start are stopped again.
    for (const { child } of started) child.kill('SIGTERM');
    throw (failure as PromiseRejectedResult).reason;
  }
  const balancer = await startLoadBalancer(
    options.port,
    started.map(({ port }) => ({ host: '127.0.0.1', port })),
  );
  return {
    url: `http://127.0.0.1:${balancer.port}`,
    processes: started.length,
    stop: async () => {
      await balancer.close();
      await Promise.all(started.map(({ child }) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))))));
    },
  };
}
