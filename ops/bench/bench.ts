import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from '../cluster/cluster';
import { copyDatabase, createDataset, databaseExists, dropDatabase, type DatasetStats } from './dataset';
import { replayEstimates } from './estimates';
import { apiEnvironment, startApi, stopAll, type Server } from './processes';
import { botLoadScenario, broadcastReference, callsScenario, capacityReference, capacityScenario, stalenessScenario, stormReference, stormScenario } from './live-scenarios';
import { calendarScenario, dayScenario } from './read-scenarios';
import { rushScenario } from './rush-scenario';
import { prepareDataset, type Row, type Settings } from './scenarios';
import { startScenario } from './start-scenario';

// One benchmark run: data sets (built once a day, then copied for every run), every scenario
// against the API and its references, and the table.

export interface BenchOptions {
  /** A PostgreSQL server; the data sets become databases on it. */
  serverUrl: string;
  dldbFolder: string | null;
  /** Offices of the synthetic catalogue when there is no DLDB folder. */
  syntheticOffices?: number;
  bookedShare: number;
  /** Data set sizes; the first gets every scenario, the others calendar and rush. */
  scales: number[];
  settings: Settings;
  /** Builds the data sets anew even when today's exist. */
  rebuild?: boolean;
  /** Only these scenarios (see `scenarioNames`); all when absent. */
  only?: readonly ScenarioName[];
  log(line: string): void;
}

/** The scenarios by the names `--only` takes. */
export const scenarioNames = ['calendar', 'day', 'rush', 'calls', 'capacity', 'bot-load', 'storm', 'staleness', 'estimates', 'start'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export interface BenchResult {
  rows: Row[];
  datasets: { label: string; name: string; stats: DatasetStats | null }[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Data sets are kept by what made them: the day (the window starts today), the options, the code and the schema. */
function datasetName(scale: number, options: Omit<BenchOptions, 'settings' | 'scales'>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ day: new Date().toISOString().slice(0, 10), folder: options.dldbFolder, offices: options.syntheticOffices, share: options.bookedShare, scale }));
  hash.update(readFileSync(path.join(here, 'dataset.ts')));
  const migrations = path.join(here, '../../api/src/migrations');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(path.join(migrations, file)));
  return `bench_${scale}x_${hash.digest('hex').slice(0, 10)}`;
}

async function withApi<T>(databaseUrl: string, work: (api: Server) => Promise<T>): Promise<T> {
  const api = await startApi(databaseUrl);
  try {
    return await work(api);
  } finally {
    await api.stop();
  }
}

/** Today's data set of one scale: reused when it exists, else built (stats only when built). */
export async function ensureDataset(options: Omit<BenchOptions, 'settings' | 'scales'>, scale: number): Promise<BenchResult['datasets'][number]> {
  const label = `${scale}×`;
  const name = datasetName(scale, options);
  if (!options.rebuild && (await databaseExists(options.serverUrl, name))) {
    options.log(`data set ${label}: reusing ${name}`);
    return { label, name, stats: null };
  }
  options.log(`data set ${label}: building ${name} …`);
  const stats = await createDataset(options.serverUrl, name, { dldbFolder: options.dldbFolder, scale, bookedShare: options.bookedShare, syntheticOffices: options.syntheticOffices, now: new Date() });
  options.log(`data set ${label}: ${stats.offices} offices, ${stats.slots} slots, ${stats.appointments} appointments in ${stats.seconds.toFixed(1)} s`);
  return { label, name, stats };
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { serverUrl, settings, log } = options;
  const runs = (scenario: ScenarioName) => !options.only || options.only.includes(scenario);
  const rows: Row[] = [];
  const datasets: BenchResult['datasets'] = [];
  const scratch: string[] = [];
  try {
    for (const [index, scale] of options.scales.entries()) {
      const first = index === 0;
      if (!(runs('calendar') || runs('rush') || (first && ['day', 'calls', 'capacity', 'bot-load', 'storm', 'staleness'].some((scenario) => runs(scenario as ScenarioName))))) continue;
      const made = await ensureDataset(options, scale);
      const { label, name } = made;
      datasets.push(made);
      const workUrl = await copyDatabase(serverUrl, name, `${name}_work`);
      const floorUrl = await copyDatabase(serverUrl, name, `${name}_floor`);
      scratch.push(`${name}_work`, `${name}_floor`);
      const dataset = await prepareDataset(label, workUrl);

      await withApi(workUrl, async (api) => {
        if (runs('calendar')) {
          log(`calendar ${label} …`);
          rows.push(...(await calendarScenario(api, dataset, settings)));
        }
        if (first && runs('day')) {
          log(`day ${label} …`);
          rows.push(...(await dayScenario(api, dataset, settings)));
        }
        if (runs('rush')) {
          log(`booking rush ${label} …`);
          rows.push(...(await rushScenario(api, dataset, floorUrl, settings)));
        }
        if (first && runs('calls')) {
          log(`calls ${label}, one process …`);
          rows.push(...(await callsScenario(`calls ${label}`, 'API', api.url, [api.pid], settings)));
        }
        if (first && runs('capacity')) {
          log(`call delivery capacity ${label} …`);
          rows.push(await capacityScenario(`call delivery capacity ${label}`, api, settings));
        }
        if (first && runs('bot-load')) {
          log(`calls under bot load ${label} …`);
          rows.push(...(await botLoadScenario(`calls under bot load ${label}`, api, dataset, settings)));
        }
      });
      if (!first) continue;

      if (runs('calls')) {
        log(`calls ${label}, reference …`);
        rows.push(...(await broadcastReference(`calls ${label}`, settings)));
      }
      if (runs('capacity')) {
        log(`call delivery capacity ${label}, reference …`);
        rows.push(await capacityReference(`call delivery capacity ${label}`, settings));
      }
      if (runs('calls')) {
        log(`calls ${label}, two processes behind ops/cluster …`);
        const cluster = await startCluster({ processes: 2, port: 0, env: { ...apiEnvironment(workUrl), LOG_LEVEL: 'info' } });
        try {
          rows.push(...(await callsScenario(`calls ${label}`, 'API ×2', cluster.url, [], settings)));
        } finally {
          await cluster.stop();
        }
      }
      // A process just started, as after a restart: every display reconnects to it at once.
      if (runs('storm')) {
        log(`reconnect storm ${label} …`);
        rows.push(await withApi(workUrl, (api) => stormScenario(`reconnect storm ${label}`, api, workUrl, settings)));
        rows.push(await stormReference(`reconnect storm ${label}`, settings));
      }
      if (runs('staleness')) {
        log(`staleness ${label}, two processes …`);
        const servers = await Promise.all([startApi(workUrl), startApi(workUrl)]);
        try {
          rows.push(await stalenessScenario(servers, dataset, settings));
        } finally {
          await Promise.all(servers.map((server) => server.stop()));
        }
      }
    }
    if (runs('start') && settings.startSamples > 0) {
      log('npm start to first answer …');
      rows.push(...(await startScenario(settings)));
    }
    if (!runs('estimates')) return { rows, datasets };
    log('waiting-time estimates …');
    const estimates = replayEstimates(settings.estimateDays);
    rows.push({
      scenario: 'waiting-time estimates',
      system: 'replay',
      measurement: null,
      memoryMiB: null,
      note: `${estimates.days} office days, ${estimates.checkIns} check-ins: mean absolute error ${estimates.ourError.toFixed(1)} min (ours) vs ${estimates.originalError.toFixed(1)} min (original: 15 min × people ahead / counters); ratio ${(estimates.ourError / estimates.originalError).toFixed(2)}`,
    });
    return { rows, datasets };
  } finally {
    await stopAll();
    for (const database of scratch) await dropDatabase(serverUrl, database).catch(() => undefined);
  }
}

const number = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** The table as Markdown: it reads in a terminal and pastes into the README. */
export function formatTable(rows: Row[]): string {
  const lines = ['| scenario | system | per s | p50 ms | p95 ms | p99 ms | errors | RSS MiB | notes |', '|---|---|---:|---:|---:|---:|---:|---:|---|'];
  for (const row of rows) {
    const m = row.measurement;
    lines.push(`| ${row.scenario} | ${row.system} | ${number(m?.throughput)} | ${number(m?.p50, 1)} | ${number(m?.p95, 1)} | ${number(m?.p99, 1)} | ${m ? m.errors : '–'} | ${row.memoryMiB ?? '–'} | ${row.note} |`);
  }
  return lines.join('\n');
}

/** The targets against this run. */
export function checkTargets(rows: Row[]): string[] {
  const find = (scenario: string, system: string) => rows.find((row) => row.scenario === scenario && row.system === system)?.measurement ?? null;
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED');
  const calendar = find('calendar 1×', 'API');
  const calendarFloor = find('calendar 1×', 'floor');
  const calendarCeiling = find('calendar 1×', 'ceiling');
  const day = find('day 1×', 'API');
  const rush = rows.find((row) => row.scenario === 'booking rush 1×' && row.system === 'API');
  const calls = rows.filter((row) => row.scenario === 'calls 1×' && row.system.startsWith('API'));
  const staleness = rows.find((row) => row.scenario.startsWith('staleness'))?.measurement ?? null;
  const storm = rows.find((row) => row.scenario === 'reconnect storm 1×' && row.system === 'API');
  const stormSetupMs = storm ? Number(/subscribed (\d+) ms/.exec(storm.note)?.[1]) : Number.NaN;
  const capacity = find('call delivery capacity 1×', 'API');
  const capacityCeiling = find('call delivery capacity 1×', 'ws reference');
  const capacityMet = (row: Row | undefined) => Boolean(row && / at \d+ calls\/s, the highest rate/.test(row.note));
  const botLoad = find('calls under bot load 1×', 'API');
  const botLoadReference = find('calls under bot load 1×', 'ws reference');
  const estimates = rows.find((row) => row.scenario === 'waiting-time estimates');
  const estimateRatio = estimates ? Number(/ratio ([\d.]+)/.exec(estimates.note)?.[1]) : Number.NaN;
  return [
    `calendar 1× ≥ 2,000/s, p99 < 50 ms, ≥ 1.0× floor, ≥ 0.1× ceiling: ${verdict(calendar && calendarFloor && calendarCeiling ? calendar.throughput >= 2000 && calendar.p99 < 50 && calendar.throughput >= calendarFloor.throughput && calendar.throughput >= 0.1 * calendarCeiling.throughput : null)}`,
    `staleness p99 < 200 ms: ${verdict(staleness ? staleness.p99 < 200 && staleness.errors === 0 : null)}`,
    `day 1× ≥ 500/s: ${verdict(day ? day.throughput >= 500 : null)}`,
    `booking rush 1× ≥ 300 confirmed/s, no slot over capacity: ${verdict(rush?.measurement ? rush.measurement.throughput >= 300 && / 0 slots over capacity, 0 miscounted/.test(rush.note) : null)}`,
    `calls p99 < 100 ms with one and two processes: ${verdict(calls.length === 2 ? calls.every((row) => row.measurement!.p99 < 100 && row.measurement!.errors === 0) : null)}`,
    `reconnect storm: every display subscribed within 2 s, the next call to all of them p99 < 100 ms: ${verdict(storm?.measurement ? stormSetupMs < 2000 && storm.measurement.p99 < 100 && storm.measurement.errors === 0 : null)}`,
    `call delivery capacity ≥ 0.3× the bare ws broadcast's deliveries/s (each the highest rate within p99 100 ms): ${verdict(
      capacity && capacityCeiling
        ? capacityMet(rows.find((row) => row.scenario === 'call delivery capacity 1×' && row.system === 'API')) &&
            capacityMet(rows.find((row) => row.scenario === 'call delivery capacity 1×' && row.system === 'ws reference')) &&
            capacity.throughput >= 0.3 * capacityCeiling.throughput
        : null,
    )}`,
    `calls under bot load p99 < 250 ms and ≤ 3× the bare ws broadcast's under the same bots: ${verdict(botLoad && botLoadReference ? botLoad.p99 < 250 && botLoad.p99 <= 3 * botLoadReference.p99 && botLoad.errors === 0 : null)}`,
    `estimates: half the original's error or less: ${verdict(Number.isNaN(estimateRatio) ? null : estimateRatio <= 0.5)}`,
  ];
}
