import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { addDays, localDateOf } from '../../api/src/domain/calendar/local-date';
import { hammer, postJson } from './load';
import { residentMiB, startReference, type Server } from './processes';
import { dayQuery, ratios, type DatasetContext, type Row, type Settings } from './scenarios';

// The read scenarios: what bots poll, the month view and the free times of a day.

const timeZone = 'Europe/Berlin';

function graphqlBody(queryText: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query: queryText, variables });
}

const isData = (body: string) => body.startsWith('{"data"') && !body.includes('"errors"');

/**
 * A read scenario: the API, the floor (its own SQL, compared for the same answer first) and the
 * ceiling (the API's answer, precomputed), each loaded alike.
 */
async function readScenario(name: string, api: Server, dataset: DatasetContext, settings: Settings, graphql: { query: string; variables: Record<string, unknown> }, floorRoute: string, floorInput: Record<string, string>): Promise<Row[]> {
  const headers = { authorization: `Bearer ${dataset.apiKey}` };
  const body = graphqlBody(graphql.query, graphql.variables);
  const answer = await (await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).text();
  if (!isData(answer)) throw new Error(`${name}: the API answered ${answer.slice(0, 300)}`);
  const floor = await startReference('floor', { DATABASE_URL: dataset.databaseUrl });
  // A file, not the environment: a 10× answer is larger than one environment string may be.
  const answerFile = path.join(os.tmpdir(), `zms-bench-${process.pid}-ceiling.json`);
  await writeFile(answerFile, answer);
  const ceiling = await startReference('ceiling', { CEILING_BODY_FILE: answerFile });
  try {
    const floorAnswer = await postJson(`${floor.url}${floorRoute}`, floorInput);
    const same = isDeepStrictEqual(floorAnswer, JSON.parse(answer));
    const apiMeasurement = await hammer({ url: `${api.url}/graphql`, body, headers, connections: settings.connections, seconds: settings.seconds, verify: isData });
    const apiMemory = residentMiB(api.pid);
    const floorMeasurement = await hammer({ url: `${floor.url}${floorRoute}`, body: JSON.stringify(floorInput), connections: settings.connections, seconds: settings.seconds });
    const ceilingMeasurement = await hammer({ url: `${ceiling.url}/`, body, connections: settings.connections, seconds: settings.seconds });
    const size = `${(answer.length / 1024).toFixed(1)} KiB answer`;
    return [
      { scenario: name, system: 'API', measurement: apiMeasurement, memoryMiB: apiMemory, note: `${ratios(apiMeasurement, floorMeasurement, ceilingMeasurement)}; ${size}` },
      { scenario: name, system: 'floor', measurement: floorMeasurement, memoryMiB: residentMiB(floor.pid), note: same ? 'same answer as the API' : 'ANSWER DIFFERS from the API' },
      { scenario: name, system: 'ceiling', measurement: ceilingMeasurement, memoryMiB: residentMiB(ceiling.pid), note: '' },
    ];
  } finally {
    await floor.stop();
    await ceiling.stop();
    await rm(answerFile, { force: true });
  }
}

// The month view shows how many offices have room per day, as the portal asks for it.
const calendarQuery = 'query Calendar($input: AvailableDaysInput!) { availableDays(input: $input) { date officeCount } }';

function today(): string {
  return localDateOf(new Date(), timeZone);
}

/** The portal's month view as bots poll it: bookable days of the busiest service at every office over 60 days. */
export function calendarScenario(api: Server, dataset: DatasetContext, settings: Settings): Promise<Row[]> {
  const from = today();
  const to = addDays(from, 60);
  return readScenario(`calendar ${dataset.label}`, api, dataset, settings, { query: calendarQuery, variables: { input: { serviceIds: [dataset.serviceId], from, to } } }, '/calendar', { serviceId: dataset.serviceId, from, to });
}

/** The free times of one day (a week ahead) of the busiest service at every office. */
export function dayScenario(api: Server, dataset: DatasetContext, settings: Settings): Promise<Row[]> {
  const date = addDays(today(), 7);
  return readScenario(`day ${dataset.label}`, api, dataset, settings, { query: dayQuery, variables: { input: { serviceIds: [dataset.serviceId], date } } }, '/day', { serviceId: dataset.serviceId, date });
}
