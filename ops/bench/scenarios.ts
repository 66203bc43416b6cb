import http from 'node:http';
import pg from 'pg';
import { addDays, localDateOf } from '../../api/src/domain/calendar/local-date';
import { CredentialKind, digest, newCredential } from '../../api/src/platform/secrets';
import type { Measurement, ParsedJson } from './load';
import { benchIds, benchKeyName } from './processes';

// What the scenarios of `npm run bench` share (read-scenarios.ts, rush-scenario.ts,
// live-scenarios.ts): each measures the API and its references on the same data in the same run
// and answers rows of the table.

export interface Row {
  scenario: string;
  /** API, API ×2, floor, ceiling, ws reference, or a replay. */
  system: string;
  measurement: Measurement | null;
  memoryMiB: number | null;
  /** Free text: what was checked, what a figure means. */
  note: string;
}

export interface Settings {
  /** Seconds each system is loaded per scenario. */
  seconds: number;
  connections: number;
  rushSeconds: number;
  rushClients: number;
  subscribers: number;
  callsPerSecond: number;
  callSeconds: number;
  stalenessSamples: number;
  estimateDays: number;
  /** Displays that reconnect at once in the storm, each with its own key. */
  stormDisplays: number;
  /** Call rates the capacity search tries in turn, until the p99 passes 100 ms. */
  capacityRates: number[];
  capacityStepSeconds: number;
  /** Starts of `npm start` timed to their first answer; 0 leaves the row out. */
  startSamples: number;
}

const capacityRates = [5, 10, 15, 20, 30, 40, 60, 80, 120, 160, 240, 320];
export const fullSettings: Settings = {
  seconds: 10,
  connections: 50,
  rushSeconds: 20,
  rushClients: 32,
  subscribers: 1000,
  callsPerSecond: 10,
  callSeconds: 10,
  stalenessSamples: 100,
  estimateDays: 28,
  stormDisplays: 1000,
  capacityRates,
  capacityStepSeconds: 3,
  startSamples: 2,
};
export const quickSettings: Settings = {
  seconds: 2,
  connections: 10,
  rushSeconds: 3,
  rushClients: 8,
  subscribers: 50,
  callsPerSecond: 5,
  callSeconds: 2,
  stalenessSamples: 10,
  estimateDays: 5,
  stormDisplays: 200,
  capacityRates: [5, 20, 80],
  capacityStepSeconds: 1,
  startSamples: 1,
};

/** What the scenarios of one data set share: its database, its busiest service, a key. */
export interface DatasetContext {
  label: string;
  databaseUrl: string;
  /** The popular service's ID as the API gives it out. */
  serviceId: string;
  /** Its database key, for SQL and for the reference servers, which read the tables directly. */
  serviceKey: string;
  apiKey: string;
}

export async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** An API key named as the servers' rate-limit exemption, stored as `npm run accounts` stores one. */
export async function prepareDataset(label: string, databaseUrl: string): Promise<DatasetContext> {
  const apiKey = newCredential(CredentialKind.apiKey);
  await query(databaseUrl, `insert into api_key (organisation_id, name, level, key_digest, key_prefix, created_at) select min(id), $1, 'public', $2, $3, now() from organisation`, [benchKeyName, digest(apiKey), apiKey.slice(0, 8)]);
  // The service offered online at the most offices: the one bots poll.
  const [popular] = await query<{ service_id: number }>(databaseUrl, 'select service_id from office_service where bookable_online group by service_id order by count(*) desc, service_id limit 1');
  return { label, databaseUrl, serviceId: benchIds.toPublic(popular.service_id), serviceKey: String(popular.service_id), apiKey };
}

function ratio(measurement: Measurement | null, reference: Measurement | null): string {
  if (!measurement || !reference || reference.throughput === 0) return '';
  return (measurement.throughput / reference.throughput).toFixed(2);
}

export function ratios(api: Measurement | null, floor: Measurement | null, ceiling: Measurement | null): string {
  return [floor ? `×floor ${ratio(api, floor)}` : '', ceiling ? `×ceiling ${ratio(api, ceiling)}` : ''].filter(Boolean).join(', ');
}

// The free times of a day as the portal asks for them; the rush and the staleness check read them too.
export const dayQuery = 'query Day($input: AvailableSlotsInput!) { availableSlots(input: $input) { office { id } version startTimes } }';
/** The portal's month view as bots poll it: bookable days of the busiest service at every office over 60 days (read-scenarios.ts measures it). */
export const calendarQuery = 'query Calendar($input: AvailableDaysInput!) { availableDays(input: $input) { date officeCount } }';

/** The request of a bot polling the month view, with the data set's key (exempt from rate limits: the bots measure load, not limits). */
export function calendarPoll(dataset: DatasetContext, from = new Date()): { body: string; headers: Record<string, string> } {
  const start = localDateOf(from, 'Europe/Berlin');
  return { body: JSON.stringify({ query: calendarQuery, variables: { input: { serviceIds: [dataset.serviceId], from: start, to: addDays(start, 60) } } }), headers: { authorization: `Bearer ${dataset.apiKey}` } };
}
export const reserveMutation = `mutation Reserve($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename ... on Reservation { token } } }`;

/** POST JSON over a given agent (keep-alive pool or fresh connections). */
export function postJsonWith(agent: http.Agent | false, url: string, body: unknown, headers: Record<string, string> = {}): Promise<ParsedJson> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch {
          reject(new Error(`${url} answered ${response.statusCode}: ${text.slice(0, 200)}`));
        }
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}
