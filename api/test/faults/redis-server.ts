import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../../src/platform/embedded-postgres';

export const redisServerPath = '/usr/bin/redis-server';

/**
 * Whether a test can start a Redis of its own. Without redis-server such tests are skipped, and
 * say so; under CI (CI=true) a missing redis-server fails them instead, so they never go unrun.
 */
export function redisServerAvailable(): boolean {
  if (existsSync(redisServerPath)) return true;
  if (process.env.CI === 'true') throw new Error(`${redisServerPath} is missing: the CI image must install redis-server for the Redis fault tests`);
  console.warn(`SKIPPED: ${redisServerPath} is missing, so the tests that kill a Redis of their own do not run (install redis-server)`);
  return false;
}

export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL), as a crash would; resolves when it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (it keeps nothing on disk). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function launch(port: number): Promise<ChildProcess> {
  // Nothing on disk: no snapshot, no append-only file, so a restart starts empty and leaves no files.
  const child = spawn(redisServerPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`redis-server on port ${port} exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A redis-server of the test's own on a free port, to kill and restart (never the shared one). */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child = await launch(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => ended(child, 'SIGKILL'),
    async restart() {
      await ended(child, 'SIGKILL');
      child = await launch(port);
    },
    stop: () => ended(child, 'SIGTERM'),
  };
}
