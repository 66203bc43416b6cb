import 'reflect-metadata';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../../api/src/platform/embedded-postgres';
import { apiBundleTarget, buildChanged } from '../build-changed.mjs';
import { checkTargets, ensureDataset, formatTable, runBench, scenarioNames, type ScenarioName } from './bench';
import { simulateRelease } from './draw-simulation';
import { stopAll } from './processes';
import { fullSettings, quickSettings } from './scenarios';

// npm run bench [-- --quick] [-- --prepare] [-- --only capacity,bot-load,…] [-- --dldb <folder> | --synthetic] [-- --booked 0.5] [-- --draw] [-- --draw-seed <text>]
// --draw runs only the release simulation of issue 21 (seconds, no database), which a full run prints after the table.
// --prepare builds today's data sets and stops: the 10× set takes minutes, once a day.
// --only runs the scenarios named (bench.ts: scenarioNames), to measure one alone on a shared machine.
// DATABASE_URL names the PostgreSQL server to build the data sets on (else an embedded one).

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const defaultDldb = path.resolve(repositoryRoot, '../shared/data/zms-fixtures');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === 'true' },
    prepare: { type: 'boolean', default: false },
    dldb: { type: 'string' },
    synthetic: { type: 'boolean', default: false },
    booked: { type: 'string', default: '0.5' },
    draw: { type: 'boolean', default: false },
    'draw-seed': { type: 'string', default: 'zms-draw-1' },
    only: { type: 'string' },
  },
});

const only = values.only?.split(',').map((name) => name.trim()) as ScenarioName[] | undefined;
const unknown = only?.filter((name) => !scenarioNames.includes(name));
if (unknown?.length) {
  console.error(`--only takes ${scenarioNames.join(', ')}; unknown: ${unknown.join(', ')}`);
  process.exit(1);
}

if (values.draw) {
  const simulation = simulateRelease(values['draw-seed']);
  console.log(simulation.lines.join('\n'));
  process.exit(simulation.targets.every((target) => target.met) ? 0 : 1);
}

const bookedShare = Number(values.booked);
if (!(bookedShare >= 0 && bookedShare < 1)) {
  console.error('--booked takes a share of the capacity already booked, 0 ≤ share < 1');
  process.exit(1);
}
const dldbFolder = values.synthetic ? null : values.dldb ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.dldb) : existsSync(defaultDldb) ? defaultDldb : null;
const settings = values.quick ? quickSettings : fullSettings;
const scales = values.quick ? [1] : [1, 10];

// Nothing may outlive the run: a watchdog ends it, Ctrl-C ends it, both stop every process.
if (!values.prepare) {
  const watchdog = setTimeout(() => void stopAll().then(() => (console.error('The benchmark exceeded 15 minutes and was stopped.'), process.exit(1))), 15 * 60_000);
  watchdog.unref();
}
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join(repositoryRoot, '.data/bench-postgres'));
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
const started = performance.now();
try {
  console.log(`ZMS benchmark${values.quick ? ' (quick)' : ''}: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}; data: ${dldbFolder ?? 'synthetic catalogue'}, ${Math.round(bookedShare * 100)} % booked`);
  const log = (line: string) => console.log(`· ${line}`);
  if (values.prepare) {
    for (const scale of [1, 10]) await ensureDataset({ serverUrl, dldbFolder, bookedShare, log }, scale);
  } else {
    // Measured is the API as `npm start` runs it: its bundle, built first if the sources changed.
    await buildChanged(repositoryRoot, [apiBundleTarget(repositoryRoot)], log);
    const result = await runBench({ serverUrl, dldbFolder, bookedShare, scales, settings, only, log });
    console.log('');
    console.log(formatTable(result.rows));
    console.log('');
    for (const line of checkTargets(result.rows)) console.log(`target ${line}`);
    console.log('');
    if (!only) for (const line of simulateRelease(values['draw-seed']).lines) console.log(line);
  }
  console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
  await embedded?.stop();
}
