import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { summarise } from './load';
import { freePort, repositoryRoot } from './processes';
import type { Row, Settings } from './scenarios';

// `npm start` as someone who has just installed it runs it: no settings, the embedded database.
// The time from the command to the first answer of /graphql, on a fresh data folder (the first
// start creates the cluster, migrates and seeds) and again on the same folder.

/** One `npm start` on `dataDir`: ms until /graphql first answers, then the process group is stopped. */
async function timeOneStart(dataDir: string): Promise<{ ms: number; built: boolean }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'info' };
  // Nothing of the bench's own settings: the defaults are what is measured.
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'REDIS_URL', 'MIGRATE_ON_START', 'SEED_DEMO_DATA']) delete env[name];
  const started = performance.now();
  // A group of its own: npm, the shell, the API and its PostgreSQL stop together.
  const child = spawn('npm', ['start', '--silent'], { cwd: repositoryRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  try {
    const deadline = started + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      const answered = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
        async (response) => (await response.text()).startsWith('{'),
        () => false,
      );
      if (answered) return { ms: performance.now() - started, built: /built|building/i.test(output) };
      if (performance.now() > deadline) throw new Error(`npm start did not answer within 120 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      const kill = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
      await exited;
      clearTimeout(kill);
    }
  }
}

/** `npm start` to its first answer: a first start on a fresh folder, then `settings.startSamples - 1` starts on it again. */
export async function startScenario(settings: Settings): Promise<Row[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zms-bench-start-'));
  try {
    const first = await timeOneStart(dataDir);
    const again: number[] = [];
    let built = first.built;
    for (let i = 1; i < settings.startSamples; i++) {
      const start = await timeOneStart(dataDir);
      again.push(start.ms);
      built ||= start.built;
    }
    const note = built ? '; npm start rebuilt changed parts first (counted)' : '';
    const rows: Row[] = [
      { scenario: 'npm start to first answer', system: 'first start', measurement: { ...summarise([first.ms], 1, 0), throughput: Number.NaN }, memoryMiB: null, note: `fresh embedded database: cluster created, migrated, seeded${note}` },
    ];
    if (again.length > 0)
      rows.push({ scenario: 'npm start to first answer', system: 'again', measurement: { ...summarise(again, 1, 0), throughput: Number.NaN }, memoryMiB: null, note: `the same data folder, ${again.length} start(s)${note}` });
    return rows;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
