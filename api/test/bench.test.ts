import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { checkTargets, formatTable, runBench, type BenchResult } from '../../ops/bench/bench';
import type { Settings } from '../../ops/bench/scenarios';

// Runs the machinery of `npm run bench -- --quick` on a tiny synthetic catalogue, so that the
// tooling cannot rot: every scenario once against the real server and its references, the checks
// of the rush, the table. It measures nothing: the figures of a loaded test machine mean nothing.
// One data set only, as --quick runs it: the larger ones repeat the calendar and the rush on more
// data, which is measuring, and so belongs to `npm run bench`.

const tiny: Settings = {
  seconds: 1,
  connections: 2,
  rushSeconds: 1,
  rushClients: 3,
  subscribers: 5,
  callsPerSecond: 4,
  callSeconds: 1,
  stalenessSamples: 3,
  estimateDays: 2,
  stormDisplays: 5,
  capacityRates: [4, 8],
  capacityStepSeconds: 0.5,
  startSamples: 0,
};
let result: BenchResult | null = null;

afterAll(async () => {
  const admin = new pg.Client({ connectionString: inject('databaseServerUrl') });
  await admin.connect();
  for (const dataset of result?.datasets ?? []) await admin.query(`drop database if exists ${dataset.name} with (force)`);
  await admin.end();
});

it('runs every scenario against the API and its references and prints the table', async () => {
  result = await runBench({ serverUrl: inject('databaseServerUrl'), dldbFolder: null, syntheticOffices: 3, bookedShare: 0.5, scales: [1], settings: tiny, rebuild: true, log: () => undefined });
  const systems = result.rows.map((row) => `${row.scenario} / ${row.system}`);
  expect(systems).toEqual([
    'calendar 1× / API',
    'calendar 1× / floor',
    'calendar 1× / ceiling',
    'day 1× / API',
    'day 1× / floor',
    'day 1× / ceiling',
    'booking rush 1× / API',
    'booking rush 1× / floor',
    'calls 1× / API',
    'call delivery capacity 1× / API',
    'calls under bot load 1× / API',
    'calls under bot load 1× / bots beside the API',
    'calls under bot load 1× / ws reference',
    'calls under bot load 1× / bots beside the ws reference',
    'calls 1× / ws reference',
    'call delivery capacity 1× / ws reference',
    'calls 1× / API ×2',
    'reconnect storm 1× / API',
    'reconnect storm 1× / ws reference',
    'staleness 1× / API ×2',
    'waiting-time estimates / replay',
  ]);
  for (const row of result.rows.filter((row) => row.measurement)) {
    expect(row.measurement!.errors, `${row.scenario} / ${row.system}`).toBe(0);
    expect(row.measurement!.count, `${row.scenario} / ${row.system}`).toBeGreaterThan(0);
  }
  // The floor computes the same answers by its own SQL; the rushes leave no slot over capacity.
  for (const row of result.rows.filter((row) => row.system === 'floor' && !row.scenario.startsWith('booking'))) expect(row.note).toBe('same answer as the API');
  for (const row of result.rows.filter((row) => row.scenario.startsWith('booking rush'))) expect(row.note).toMatch(/ 0 slots over capacity, 0 miscounted/);
  expect(result.datasets.map((dataset) => dataset.stats?.offices)).toEqual([3]);
  expect(formatTable(result.rows).split('\n')).toHaveLength(result.rows.length + 2);
  expect(checkTargets(result.rows)).toHaveLength(9);
}, 300_000);
