import http from 'node:http';
import { postJson, summarise, type Measurement } from './load';
import { residentMiB, startReference, type Server } from './processes';
import { dayQuery, postJsonWith, query, ratios, reserveMutation, type DatasetContext, type Row, type Settings } from './scenarios';

// The release-day booking rush: many clients booking the last released day at once, then SQL
// checks that no slot was given away twice.

/** The last day the window has released: the data sets leave it without bookings. */
export async function rushDay(databaseUrl: string): Promise<string> {
  const [{ day }] = await query<{ day: string }>(databaseUrl, 'select max(local_date)::text as day from slot where bookable_from <= now() and public_until > now()');
  return day;
}

interface RushTarget {
  officeId: string;
  start: string;
}

/** Every free start of the busiest service on the rush day, from the API as the portal sees them. */
async function rushTargets(api: Server, dataset: DatasetContext, day: string): Promise<RushTarget[]> {
  const read = () => postJson(`${api.url}/graphql`, { query: dayQuery, variables: { input: { serviceIds: [dataset.serviceId], date: day } } }, { authorization: `Bearer ${dataset.apiKey}` });
  let answer = await read();
  // Right after the 10x calendar's load the API may shed this read: retry after the time it gives, as its clients should.
  for (let attempt = 1; attempt < 10 && answer.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, (answer.errors[0].extensions.retryAfter ?? 1) * 1000));
    answer = await read();
  }
  // The one read of the rush: a refusal (a query limit, overload past the retries) must say what it was, not fail on its missing data.
  if (!answer.data?.availableSlots) throw new Error(`the rush's availableSlots answered without data: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  return (answer.data.availableSlots as { office: { id: string }; startTimes: string[] }[]).flatMap((office) => office.startTimes.map((start) => ({ officeId: office.office.id, start })));
}

/**
 * Clients book on the rush day as fast as they can: each picks a free start at random, books it,
 * and forgets it once it is refused, until every start is gone or the time is up.
 */
async function rush(
  targets: RushTarget[],
  settings: Settings,
  book: (target: RushTarget, client: number, attempt: number) => Promise<boolean>,
): Promise<{ measurement: Measurement; booked: number; full: boolean; firstError: string | null }> {
  const open = [...targets];
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let attempts = 0;
  const started = performance.now();
  const deadline = started + settings.rushSeconds * 1000;
  await Promise.all(
    Array.from({ length: settings.rushClients }, async (_, client) => {
      while (open.length > 0 && performance.now() < deadline) {
        const index = Math.floor(Math.random() * open.length);
        const target = open[index];
        const begun = performance.now();
        try {
          if (await book(target, client, attempts++)) {
            latencies.push(performance.now() - begun);
          } else {
            const now = open.indexOf(target);
            if (now >= 0) open.splice(now, 1);
          }
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message.slice(0, 200);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { measurement: summarise(latencies, seconds, errors), booked: latencies.length, full: open.length === 0, firstError };
}

/** Slots over capacity and slots whose count differs from their live claims: both must be 0. */
export async function capacityViolations(databaseUrl: string, day: string): Promise<{ over: number; miscounted: number }> {
  const [row] = await query<{ over: number; miscounted: number }>(
    databaseUrl,
    `select count(*) filter (where s.taken > s.public_capacity)::int as over,
            count(*) filter (where s.taken <> coalesce(c.live, 0))::int as miscounted
       from slot s left join (select slot_id, count(*)::int as live from slot_claim where release_at is null group by slot_id) c on c.slot_id = s.id
      where s.local_date = $1::date`,
    [day],
  );
  return row;
}

const confirmMutation = `mutation Confirm($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename } }`;

/** The release-day rush through the API (reserve, then confirm), then through the floor's conditional update on a copy of the same data. */
export async function rushScenario(api: Server, dataset: DatasetContext, floorDatabaseUrl: string, settings: Settings): Promise<Row[]> {
  const name = `booking rush ${dataset.label}`;
  const day = await rushDay(dataset.databaseUrl);
  const targets = await rushTargets(api, dataset, day);
  if (targets.length === 0) throw new Error(`${name}: no free start on ${day}`);
  const headers = { authorization: `Bearer ${dataset.apiKey}` };
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.rushClients });
  const graphql = (body: unknown) => postJsonWith(agent, `${api.url}/graphql`, body, headers);
  const viaApi = await rush(targets, settings, async (target, client, attempt) => {
    const reserved = await graphql({ query: reserveMutation, variables: { input: { officeId: target.officeId, serviceIds: [dataset.serviceId], start: target.start } } });
    const reservation = reserved.data?.reserveSlot;
    if (!reservation) throw new Error(JSON.stringify(reserved.errors));
    if (reservation.__typename !== 'Reservation') {
      if (reservation.__typename === 'SlotUnavailable') return false;
      throw new Error(reservation.__typename);
    }
    const confirmed = await graphql({ query: confirmMutation, variables: { input: { reservationToken: reservation.token, contact: { name: 'Rush', email: `rush-${client}-${attempt}@example.org` } } } });
    if (confirmed.data?.confirmAppointment?.__typename !== 'ConfirmedAppointment') throw new Error(JSON.stringify(confirmed));
    return true;
  });
  const apiMemory = residentMiB(api.pid);
  agent.destroy();
  const apiCheck = await capacityViolations(dataset.databaseUrl, day);

  const floor = await startReference('floor', { DATABASE_URL: floorDatabaseUrl });
  const floorAgent = new http.Agent({ keepAlive: true, maxSockets: settings.rushClients });
  let viaFloor;
  try {
    viaFloor = await rush(targets, settings, async (target, client, attempt) => {
      const answer = await postJsonWith(floorAgent, `${floor.url}/book`, { officeId: target.officeId, serviceId: dataset.serviceId, start: target.start, email: `rush-${client}-${attempt}@example.org` });
      if (typeof answer.booked !== 'boolean') throw new Error(JSON.stringify(answer));
      return answer.booked;
    });
  } finally {
    floorAgent.destroy();
    await floor.stop();
  }
  const floorCheck = await capacityViolations(floorDatabaseUrl, day);
  const describe = (result: { booked: number; full: boolean; firstError: string | null }, check: { over: number; miscounted: number }) =>
    `${result.booked} booked at ${targets.length} free starts on ${day} (${result.full ? 'day full' : 'time up'}); ${check.over} slots over capacity, ${check.miscounted} miscounted${result.firstError ? `; first error: ${result.firstError}` : ''}`;
  return [
    { scenario: name, system: 'API', measurement: viaApi.measurement, memoryMiB: apiMemory, note: `confirmed bookings/s, latency reserve+confirm; ${ratios(viaApi.measurement, viaFloor.measurement, null)}; ${describe(viaApi, apiCheck)}` },
    { scenario: name, system: 'floor', measurement: viaFloor.measurement, memoryMiB: null, note: `one conditional update per booking; ${describe(viaFloor, floorCheck)}` },
  ];
}
