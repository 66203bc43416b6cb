import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CredentialKind, digest, newCredential } from '../../api/src/platform/secrets';
import { sqlArray } from '../../api/src/platform/sql';
import { DisplayCallsDocument, DisplayWaitingRoomDocument } from '../../clients/display/src/gql/graphql';
import { TestKitLoginDocument } from '../../ops/test-kit/src/gql/graphql';
import { hammer, postJson, summarise, type Measurement, type ParsedJson } from './load';
import { benchAdmin, benchIds, cpuMs, residentMiB, startReference, type Server } from './processes';
import { calendarPoll, dayQuery, postJsonWith, query, reserveMutation, type DatasetContext, type Row, type Settings } from './scenarios';

// The live scenarios: calls reaching the displays, a restart's reconnect storm, and how long a
// second process offers a slot the first has just given away.

async function admin(url: string, token: string, queryText: string, variables: Record<string, unknown> = {}): Promise<ParsedJson> {
  const answer = await postJson(`${url}/graphql`, { query: queryText, variables }, token ? { authorization: `Bearer ${token}` } : {});
  if (answer.errors || !answer.data) throw new Error(`${queryText.slice(0, 60)}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

interface CallOffice {
  officeId: string;
  serviceId: string;
  token: string;
  displayKey: string;
}

/** Draws `count` waiting tickets at the office, a few at a time. */
async function issueTickets(url: string, office: CallOffice, count: number): Promise<void> {
  const issue = async () => {
    const { issueTicket } = await admin(url, office.token, 'mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }', { input: { officeId: office.officeId, serviceIds: [office.serviceId] } });
    if (issueTicket.__typename !== 'Ticket') throw new Error(`issueTicket: ${issueTicket.__typename}`);
  };
  for (let i = 0; i < count; i += 10) await Promise.all(Array.from({ length: Math.min(10, count - i) }, issue));
}

/** An office open around the clock with a counter the admin works at, a call display and `tickets` waiting tickets. */
async function callOffice(url: string, tickets: number): Promise<CallOffice> {
  // Anonymous callers send only trusted documents: the bench signs in with the tests' own, by hash.
  const signedIn = await postJson(`${url}/graphql`, { extensions: { persistedQuery: { version: 1, sha256Hash: TestKitLoginDocument.__meta__!.hash } }, variables: { input: benchAdmin } });
  if (signedIn.errors || !signedIn.data) throw new Error(`login: ${JSON.stringify(signedIn.errors)}`);
  const token = (signedIn.data.login as { token: string }).token;
  const { createOffice: office } = await admin(url, token, 'mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }', {
    input: { name: `Bench calls ${Date.now()}`, address: { street: 'Benchstraße', houseNumber: '1', postalCode: '10115' } },
  });
  await admin(url, token, 'mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }', { input: { officeId: office.id, hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }] } });
  const { createService } = await admin(url, token, 'mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }', { input: { name: `Bench call service ${Date.now()}` } });
  await admin(url, token, 'mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }', { input: { officeId: office.id, serviceId: createService.id, durationSlots: 1, bookableOnline: false } });
  const { createCounter } = await admin(url, token, 'mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }', { input: { officeId: office.id, name: 'Schalter 1' } });
  const { createDevice } = await admin(url, token, 'mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { __typename ... on CreatedDevice { key } } }', {
    input: { officeId: office.id, kind: 'display', name: 'Bench display' },
  });
  const { signInAtCounter } = await admin(url, token, 'mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }', { input: { counterId: createCounter.id } });
  if (signInAtCounter.__typename !== 'CounterSession') throw new Error(`signInAtCounter: ${signInAtCounter.__typename}`);
  const made = { officeId: office.id, serviceId: createService.id, token, displayKey: createDevice.key };
  await issueTickets(url, made, tickets);
  return made;
}

/** Calls the next ticket at the office's counter; answers the number called, null when refused. */
async function callNext(url: string, office: CallOffice): Promise<string | null> {
  const result = await postJson(`${url}/graphql`, { query: 'mutation { callNext { __typename ... on QueueEntry { displayNumber } } }' }, { authorization: `Bearer ${office.token}` });
  return result.data?.callNext?.displayNumber ?? null;
}

/** Load that runs beside a scenario's calls (bots polling): started as the calls start, its rows added after theirs. */
type SideLoad = () => Promise<Row[]>;

/** Opens `count` clients and waits until each is connected. */
async function openSubscribers<T>(count: number, open: (index: number) => Promise<T>): Promise<T[]> {
  const opened: T[] = [];
  // Batches: a thousand handshakes at once would measure the accept queue, not the calls.
  for (let i = 0; i < count; i += 100) opened.push(...(await Promise.all(Array.from({ length: Math.min(100, count - i) }, (_, j) => open(i + j)))));
  return opened;
}

/**
 * Calls at a steady rate while `subscribers` displays listen: latency from the start of each
 * callNext to its receipt by every subscriber; a delivery missing 2 s after the last call is an error.
 */
export async function callsScenario(name: string, system: string, url: string, pids: number[], settings: Settings, sideLoad?: SideLoad): Promise<Row[]> {
  const calls = settings.callsPerSecond * settings.callSeconds;
  const office = await callOffice(url, calls);
  // Events may overtake the mutation's answer, which names the number called: matched afterwards.
  const receipts: { displayNumber: string; at: number }[] = [];
  const clients: Client[] = await openSubscribers(settings.subscribers, () => {
    const client = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${office.displayKey}` }, retryAttempts: 0, lazy: false });
    return new Promise<Client>((resolve, reject) => {
      client.on('connected', () => resolve(client));
      client.on('error', reject);
      client.subscribe<{ callIssued: { displayNumber: string } }>(
        { query: 'subscription ($officeId: ID!) { callIssued(officeId: $officeId) { displayNumber counterName calledAt } }', variables: { officeId: office.officeId } },
        { next: (value) => void (value.data && receipts.push({ displayNumber: value.data.callIssued.displayNumber, at: performance.now() })), error: () => undefined, complete: () => undefined },
      );
    });
  });
  try {
    // The subscriptions are registered after the handshake: give the servers a moment.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const sent = new Map<string, number>();
    let errors = 0;
    const answers: Promise<void>[] = [];
    const side = sideLoad?.();
    const started = performance.now();
    for (let call = 0; call < calls; call++) {
      const due = started + (call * 1000) / settings.callsPerSecond;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const begun = performance.now();
      answers.push(
        callNext(url, office).then(
          (number) => {
            if (number) sent.set(number, begun);
            else errors++;
          },
          () => void errors++,
        ),
      );
    }
    await Promise.all(answers);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const sideRows = (await side) ?? [];
    const latencies = receipts.flatMap((receipt) => (sent.has(receipt.displayNumber) ? [receipt.at - sent.get(receipt.displayNumber)!] : []));
    const missing = sent.size * settings.subscribers - latencies.length;
    const memory = pids.map(residentMiB).reduce<number | null>((sum, value) => (value === null ? sum : (sum ?? 0) + value), null);
    return [
      {
        scenario: name,
        system,
        measurement: summarise(latencies, settings.callSeconds, errors + missing),
        memoryMiB: memory,
        note: `${settings.subscribers} subscribers, ${sent.size} calls at ${settings.callsPerSecond}/s; throughput = deliveries/s; ${missing} deliveries missing`,
      },
      ...sideRows,
    ];
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

/** The reference of the calls: a bare ws server broadcasting the same message to as many clients. */
export async function broadcastReference(name: string, settings: Settings, sideLoad?: SideLoad): Promise<Row[]> {
  const server = await startReference('ws');
  const receipts: { id: string; at: number }[] = [];
  const sockets = await openSubscribers(settings.subscribers, () => {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/`);
    socket.on('message', (data) => receipts.push({ id: (JSON.parse(String(data)) as { id: string }).id, at: performance.now() }));
    return new Promise<WebSocket>((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  });
  try {
    const calls = settings.callsPerSecond * settings.callSeconds;
    const sent = new Map<string, number>();
    const answers: Promise<unknown>[] = [];
    const side = sideLoad?.();
    const started = performance.now();
    for (let call = 0; call < calls; call++) {
      const due = started + (call * 1000) / settings.callsPerSecond;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const id = String(call);
      sent.set(id, performance.now());
      const message = { id, type: 'next', payload: { data: { callIssued: { displayNumber: `A${100 + call}`, counterName: 'Schalter 1', calledAt: new Date().toISOString() } } } };
      answers.push(postJson(`${server.url}/call`, message));
    }
    await Promise.all(answers);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const sideRows = (await side) ?? [];
    const latencies = receipts.map((receipt) => receipt.at - sent.get(receipt.id)!);
    const missing = calls * settings.subscribers - latencies.length;
    return [{ scenario: name, system: 'ws reference', measurement: summarise(latencies, settings.callSeconds, missing), memoryMiB: residentMiB(server.pid), note: 'bare ws broadcast of the same message' }, ...sideRows];
  } finally {
    for (const socket of sockets) socket.terminate();
    await server.stop();
  }
}

/** Display keys of an office, one per display, stored as createDevice stores them (a thousand mutations would take minutes). */
async function displayKeys(databaseUrl: string, officeId: string, count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, () => newCredential(CredentialKind.device));
  await query(
    databaseUrl,
    `insert into device (name, kind, office_id, key_digest, key_prefix, created_at)
     select 'Bench storm display ' || n, 'display', $1, d, p, now() from unnest($2::text[], $3::text[]) with ordinality as k(d, p, n)`,
    [Number(benchIds.toDatabaseKey(officeId)), sqlArray(keys.map(digest)), sqlArray(keys.map((key) => key.slice(0, 8)))],
  );
  return keys;
}

/** Waits until `ready` answers true, asking every `everyMs`; throws after `timeoutMs`. */
async function poll(what: string, ready: () => Promise<boolean>, everyMs: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await ready())) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A counter or gauge of the API's /metrics, by name and labels. */
async function metricOf(apiUrl: string, metric: string): Promise<number> {
  const text = await (await fetch(`${apiUrl}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${metric} `));
  return line ? Number(line.slice(metric.length + 1)) : 0;
}

interface StormOutcome {
  subscribedMs: number;
  /** CPU time the server spent until every display was subscribed. */
  serverCpuMs: number | null;
  latencies: number[];
  /** Displays whose socket or subscription failed, by what the client was told (e.g. a close code). */
  failures: Map<string, number>;
}

/** What a graphql-ws client was told when it failed: the errors' codes, or the socket's close code. */
function failureReason(error: unknown): string {
  if (Array.isArray(error)) return error.map((each: { message: string; extensions?: { code?: string } }) => each.extensions?.code ?? each.message).join();
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? `closed with ${code}` : String(error);
}

/** What a display client is told of the storm: each call, or that it failed (and why). */
interface StormDisplay {
  onCall(): void;
  onFailure(reason: string): void;
}

/**
 * Opens every display's socket at once, each subscribing as soon as it opens (and never retrying);
 * once the server counts every display that did not fail, sends one call and answers the latency
 * of its delivery to each display.
 */
async function storm(serverPid: number, displays: number, count: () => Promise<number>, open: (index: number, display: StormDisplay) => () => void, call: () => Promise<void>): Promise<StormOutcome> {
  const received = new Map<number, number>();
  const failed = new Map<number, string>();
  let begun = 0;
  const cpuBefore = cpuMs(serverPid);
  const started = performance.now();
  const closers = Array.from({ length: displays }, (_, index) =>
    open(index, {
      onCall: () => {
        if (begun > 0 && !received.has(index)) received.set(index, performance.now());
      },
      onFailure: (reason) => void (failed.has(index) || failed.set(index, reason)),
    }),
  );
  try {
    // Every 50 ms: each answer of /metrics costs the server a few milliseconds.
    await poll('all displays subscribed', async () => (await count()) >= displays - failed.size, 50, 60_000);
    const subscribedMs = performance.now() - started;
    const cpuAfter = cpuMs(serverPid);
    const serverCpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    begun = performance.now();
    await call();
    await poll('the call delivered to every display', async () => received.size === displays, 5, 5000).catch(() => undefined);
    const failures = new Map<string, number>();
    for (const reason of failed.values()) failures.set(reason, (failures.get(reason) ?? 0) + 1);
    return { subscribedMs, serverCpuMs, latencies: [...received.values()].map((at) => at - begun), failures };
  } finally {
    for (const close of closers) close();
  }
}

function stormRow(name: string, system: string, displays: number, outcome: StormOutcome, memoryMiB: number | null, note: string): Row {
  const missing = displays - outcome.latencies.length;
  const failures = [...outcome.failures].map(([reason, count]) => `${count} × ${reason}`).join(', ');
  return {
    scenario: name,
    system,
    measurement: summarise(outcome.latencies, outcome.subscribedMs / 1000, missing),
    memoryMiB,
    note: `${displays} displays subscribed ${outcome.subscribedMs.toFixed(0)} ms after their sockets opened at once (server CPU ${outcome.serverCpuMs ?? '–'} ms); throughput = displays set up/s, latency = the next call to each; ${missing} deliveries missing${failures ? ` (failed: ${failures})` : ''}${note}`,
  };
}

/**
 * A restart's reconnect storm against a freshly started API: every display, each with a key of
 * its own (as createDevice issues them), opens its socket and subscribes as the display app does
 * (its own documents: the calls and the waiting room's figures), all at once. "Subscribed" is
 * when the server counts every subscription; the call changes the queue too, as every call does.
 */
export async function stormScenario(name: string, api: Server, databaseUrl: string, settings: Settings): Promise<Row> {
  const office = await callOffice(api.url, 1);
  const keys = await displayKeys(databaseUrl, office.officeId, settings.stormDisplays);
  const [displayCalls, displayWaitingRoom] = [print(DisplayCallsDocument), print(DisplayWaitingRoomDocument)];
  const outcome = await storm(
    api.pid,
    settings.stormDisplays,
    async () => Math.floor((await metricOf(api.url, 'zms_active_subscriptions')) / 2),
    (index, display) => {
      const client = createClient({ url: `${api.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${keys[index]}` }, retryAttempts: 0, lazy: true });
      const variables = { officeId: office.officeId };
      const failed = (error: unknown) => display.onFailure(failureReason(error));
      client.subscribe({ query: displayCalls, variables }, { next: (value) => (value.errors ? failed(value.errors) : display.onCall()), error: failed, complete: () => undefined });
      client.subscribe({ query: displayWaitingRoom, variables }, { next: (value) => value.errors && failed(value.errors), error: failed, complete: () => undefined });
      return () => void client.dispose();
    },
    async () => {
      const answer = await postJson(`${api.url}/graphql`, { query: 'mutation { callNext { __typename } }' }, { authorization: `Bearer ${office.token}` });
      if (answer.data?.callNext?.__typename !== 'QueueEntry') throw new Error(`callNext: ${JSON.stringify(answer)}`);
    },
  );
  const checks = await metricOf(api.url, 'zms_authentications_total{kind="device"}');
  const statements = await metricOf(api.url, 'zms_credential_reads_total{kind="device"}');
  return stormRow(name, 'API', settings.stormDisplays, outcome, residentMiB(api.pid), `; as the display app: calls and waiting room subscribed; ${checks} key checks in ${statements} statements`);
}

/** The ceiling of the storm: a bare ws server that counts a message per socket as its subscription and broadcasts the call. */
export async function stormReference(name: string, settings: Settings): Promise<Row> {
  const server = await startReference('ws');
  try {
    const message = JSON.stringify({ id: '1', type: 'next', payload: { data: { callIssued: { displayNumber: 'A100', counterName: 'Schalter 1', calledAt: new Date().toISOString() } } } });
    const outcome = await storm(
      server.pid,
      settings.stormDisplays,
      async () => Number(await (await fetch(`${server.url}/subscribers`)).text()),
      (_index, display) => {
        const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/`);
        socket.on('open', () => socket.send(JSON.stringify({ id: '1', type: 'subscribe' })));
        socket.on('message', () => display.onCall());
        socket.on('error', (error) => display.onFailure(error.message));
        return () => socket.terminate();
      },
      async () => void (await postJson(`${server.url}/call`, JSON.parse(message))),
    );
    return stormRow(name, 'ws reference', settings.stormDisplays, outcome, residentMiB(server.pid), '; bare ws, one message per socket as its subscription');
  } finally {
    await server.stop();
  }
}

/**
 * Staleness: reserves a slot that had one place left, then asks every process (fresh
 * connections, no cache on the client's side) until each answers without it; the time from the
 * reservation's answer (after its commit) to the last process answering fresh.
 */
export async function stalenessScenario(servers: Server[], dataset: DatasetContext, settings: Settings): Promise<Row> {
  const lastPlaces = await query<{ office_id: number; local_date: string; start_at: Date }>(
    dataset.databaseUrl,
    `select s.office_id, s.local_date::text, s.start_at from slot s join office_service os on os.office_id = s.office_id and os.service_id = $1 and os.bookable_online and os.duration_slots = 1
      where s.taken = s.public_capacity - 1 and s.bookable_from <= now() and s.public_until > now() and s.start_at > now() + interval '1 day'
      order by md5(s.id::text) limit $2`,
    [dataset.serviceKey, settings.stalenessSamples],
  );
  const headers = { authorization: `Bearer ${dataset.apiKey}` };
  const staleness: number[] = [];
  let errors = 0;
  for (const place of lastPlaces) {
    const start = place.start_at.toISOString();
    const reserved = await postJsonWith(false, `${servers[0].url}/graphql`, { query: reserveMutation, variables: { input: { officeId: benchIds.toPublic(place.office_id), serviceIds: [dataset.serviceId], start } } }, headers);
    if (reserved.data?.reserveSlot?.__typename !== 'Reservation') {
      errors++;
      continue;
    }
    const committed = performance.now();
    const fresh = await Promise.all(
      servers.map(async (server) => {
        for (;;) {
          const answer = await postJsonWith(false, `${server.url}/graphql`, { query: dayQuery, variables: { input: { serviceIds: [dataset.serviceId], officeIds: [benchIds.toPublic(place.office_id)], date: place.local_date } } }, headers);
          const starts: string[] = answer.data?.availableSlots?.[0]?.startTimes ?? [];
          if (!starts.includes(start)) return performance.now() - committed;
          if (performance.now() - committed > 5000) throw new Error(`still offered after 5 s: ${start}`);
        }
      }),
    ).catch(() => null);
    if (fresh) staleness.push(Math.max(...fresh));
    else errors++;
  }
  return {
    scenario: `staleness ${dataset.label}`,
    system: `API ×${servers.length}`,
    measurement: { ...summarise(staleness, 1, errors), throughput: Number.NaN },
    memoryMiB: null,
    note: `ms from a reservation's commit until all ${servers.length} processes answer without its slot; ${staleness.length} samples`,
  };
}

/**
 * A display as a bare socket: against the API it speaks graphql-transport-ws itself (init, then
 * one subscribe), against the reference it only listens; either way each message is parsed with
 * JSON.parse alone, so that the clients, which share the machine, cost the same in both.
 */
function bareSubscriber(wsUrl: string, onMessage: (message: { id: string; payload: ParsedJson }) => void, graphql?: { authorization: string; query: string; variables: Record<string, unknown> }): Promise<WebSocket> {
  const socket = graphql ? new WebSocket(wsUrl, 'graphql-transport-ws') : new WebSocket(wsUrl);
  return new Promise<WebSocket>((resolve, reject) => {
    socket.once('error', reject);
    // Refused (over a cap, a bad key) before it was acknowledged: the step would wait for it forever.
    socket.once('close', (code) => reject(new Error(`socket closed with ${code}`)));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id: string; type: string; payload: ParsedJson };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: graphql!.query, variables: graphql!.variables } }));
        resolve(socket);
      } else onMessage(message);
    });
    socket.once('open', () => (graphql ? socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: graphql.authorization } })) : resolve(socket)));
  });
}

/** What one rate of the capacity search delivered. */
interface CapacityStep {
  callsPerSecond: number;
  measurement: Measurement;
}

/**
 * Raises the call rate step by step (`settings.capacityRates`, `settings.capacityStepSeconds` each)
 * until the p99 from call to receipt passes 100 ms or a delivery goes missing; the capacity is the
 * deliveries a second of the last step within it. `prepare` readies a step's calls, `call` starts
 * call number `index` and answers the key its deliveries carry (null when refused); `receipts` are
 * the deliveries with their keys, as the subscribers record them.
 */
async function searchCapacity(
  subscribers: number,
  settings: Settings,
  prepare: (calls: number) => Promise<void>,
  call: (index: number) => Promise<string | null>,
  receipts: { key: string; at: number }[],
): Promise<{ steps: CapacityStep[]; passed: CapacityStep | null }> {
  const steps: CapacityStep[] = [];
  let passed: CapacityStep | null = null;
  let index = 0;
  for (const rate of settings.capacityRates) {
    const calls = Math.round(rate * settings.capacityStepSeconds);
    await prepare(calls);
    receipts.length = 0;
    const sent = new Map<string, number>();
    let errors = 0;
    const answers: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      const due = started + (i * 1000) / rate;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const begun = performance.now();
      answers.push(
        call(index++).then(
          (key) => void (key === null ? errors++ : sent.set(key, begun)),
          () => void errors++,
        ),
      );
    }
    await Promise.all(answers);
    // Until every delivery arrived, or 2 s more.
    const deadline = performance.now() + 2000;
    while (receipts.length < sent.size * subscribers && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const latencies = receipts.flatMap((receipt) => (sent.has(receipt.key) ? [receipt.at - sent.get(receipt.key)!] : []));
    const step = { callsPerSecond: rate, measurement: summarise(latencies, settings.capacityStepSeconds, errors + sent.size * subscribers - latencies.length) };
    steps.push(step);
    if (step.measurement.p99 > 100 || step.measurement.errors > 0) break;
    passed = step;
    // The queues of the last step drain before the next.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { steps, passed };
}

function capacityRow(name: string, system: string, settings: Settings, outcome: { steps: CapacityStep[]; passed: CapacityStep | null }, memoryMiB: number | null, note: string): Row {
  const ladder = outcome.steps.map((step) => `${step.callsPerSecond}/s p99 ${step.measurement.p99.toFixed(0)} ms${step.measurement.errors ? ` ${step.measurement.errors} missing` : ''}`).join(', ');
  return {
    scenario: name,
    system,
    // The row shows the last rate within 100 ms p99; none within it shows the first step, errors and all.
    measurement: outcome.passed?.measurement ?? outcome.steps[0]?.measurement ?? null,
    memoryMiB,
    note: `${settings.subscribers} subscribers; throughput = deliveries/s at ${outcome.passed ? `${outcome.passed.callsPerSecond} calls/s, the highest rate within p99 100 ms` : 'no rate within p99 100 ms'}; steps of ${settings.capacityStepSeconds} s: ${ladder}${note}`,
  };
}

const callSubscription = 'subscription ($officeId: ID!) { callIssued(officeId: $officeId) { displayNumber counterName calledAt } }';

/** Call delivery capacity of the API: bare graphql-ws subscribers of one office, real `callNext` calls. */
export async function capacityScenario(name: string, api: Server, settings: Settings): Promise<Row> {
  const office = await callOffice(api.url, 0);
  const receipts: { key: string; at: number }[] = [];
  const graphql = { authorization: `Bearer ${office.displayKey}`, query: callSubscription, variables: { officeId: office.officeId } };
  const sockets = await openSubscribers(settings.subscribers, () =>
    bareSubscriber(`${api.url.replace(/^http/, 'ws')}/graphql`, (message) => message.payload?.data && receipts.push({ key: message.payload.data.callIssued.displayNumber, at: performance.now() }), graphql),
  );
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cpuBefore = cpuMs(api.pid);
    const outcome = await searchCapacity(
      settings.subscribers,
      settings,
      (calls) => issueTickets(api.url, office, calls),
      () => callNext(api.url, office),
      receipts,
    );
    const cpuAfter = cpuMs(api.pid);
    const delivered = outcome.steps.reduce((sum, step) => sum + step.measurement.count, 0);
    const perDelivery = cpuBefore === null || cpuAfter === null || delivered === 0 ? '–' : (((cpuAfter - cpuBefore) * 1000) / delivered).toFixed(1);
    return capacityRow(name, 'API', settings, outcome, residentMiB(api.pid), `; real callNext calls; server CPU ${perDelivery} µs per delivery over the search (ticket draws included)`);
  } finally {
    for (const socket of sockets) socket.terminate();
  }
}

/** The same search against the bare ws broadcast, with the same bare subscribers. */
export async function capacityReference(name: string, settings: Settings): Promise<Row> {
  const server = await startReference('ws');
  const receipts: { key: string; at: number }[] = [];
  const sockets = await openSubscribers(settings.subscribers, () => bareSubscriber(`${server.url.replace(/^http/, 'ws')}/`, (message) => receipts.push({ key: message.id, at: performance.now() })));
  try {
    const outcome = await searchCapacity(
      settings.subscribers,
      settings,
      async () => undefined,
      async (index) => {
        const id = String(index);
        await postJson(`${server.url}/call`, { id, type: 'next', payload: { data: { callIssued: { displayNumber: `A${100 + index}`, counterName: 'Schalter 1', calledAt: new Date().toISOString() } } } });
        return id;
      },
      receipts,
    );
    return capacityRow(name, 'ws reference', settings, outcome, residentMiB(server.pid), '; bare ws broadcast of the same message');
  } finally {
    for (const socket of sockets) socket.terminate();
    await server.stop();
  }
}

/** Bots polling the month view on the API with `settings.connections` clients while the calls run, and their row. */
function botsPolling(name: string, api: Server, dataset: DatasetContext, settings: Settings, beside: string): SideLoad {
  return async () => {
    const measurement = await hammer({ url: `${api.url}/graphql`, ...calendarPoll(dataset), connections: settings.connections, seconds: settings.callSeconds + 2, verify: (body) => body.startsWith('{"data"') });
    return [{ scenario: name, system: `bots beside ${beside}`, measurement, memoryMiB: null, note: `${settings.connections} clients polling the calendar on the API; errors = answers other than data (a shed read is one)` }];
  };
}

/**
 * Calls under bot load: the calls scenario (1,000 displays, 10 calls a second) while bots poll
 * the calendar on the same API process, and the bare ws broadcast while the same bots poll the
 * API: the machine is as loaded for both.
 */
export async function botLoadScenario(name: string, api: Server, dataset: DatasetContext, settings: Settings): Promise<Row[]> {
  const rows = await callsScenario(name, 'API', api.url, [api.pid], settings, botsPolling(name, api, dataset, settings, 'the API'));
  rows.push(...(await broadcastReference(name, settings, botsPolling(name, api, dataset, settings, 'the ws reference'))));
  const [apiRow, , reference] = rows;
  if (apiRow.measurement && reference.measurement) apiRow.note += `; p99 ${(apiRow.measurement.p99 / reference.measurement.p99).toFixed(2)}× the ws reference's under the same bots`;
  return rows;
}
