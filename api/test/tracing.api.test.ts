import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOf, startTestApi, testEnvironment, type GraphQLResponse, type TestApi, type TypedDocumentString } from '@zms/test-kit/api';
import { startMailServer, type MailServer } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import * as op from '@zms/test-kit/operations';
import { loadConfig } from '../src/platform/config';
import { scrubbed, withoutLiterals } from '../src/platform/tracing-sdk';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { apiBundleTarget, buildChanged, repositoryRoot } from '../../ops/build-changed.mjs';

// Monday 2 March 2026, 09:00 in Berlin: Tuesday is inside the public booking window.
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();

/** A span as OTLP/HTTP's JSON encoding carries it, its attributes unpacked. */
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  scope: string;
  attributes: Record<string, unknown>;
  status: { code?: number; message?: string };
  events: { name: string; attributes: Record<string, unknown> }[];
}

/** OTLP numbers span kinds one above the API's SpanKind. */
const otlpKind = { server: 2, client: 3 };

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

const unpacked = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));

/** A collector of our own: a plain HTTP server that keeps what the exporter posts to /v1/traces, raw and decoded. */
async function startReceiver() {
  const bodies: string[] = [];
  const spans: ExportedSpan[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type'] === 'application/json') {
        bodies.push(body);
        for (const resource of JSON.parse(body).resourceSpans ?? [])
          for (const scoped of resource.scopeSpans ?? [])
            for (const span of scoped.spans ?? [])
              spans.push({
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId ?? '',
                name: span.name,
                kind: span.kind,
                scope: scoped.scope.name,
                attributes: unpacked(span.attributes),
                status: span.status ?? {},
                events: (span.events ?? []).map((event: { name: string; attributes?: OtlpAttribute[] }) => ({ name: event.name, attributes: unpacked(event.attributes) })),
              });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, spans, close: () => new Promise((resolve) => server.close(resolve)) };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tracing-'));
/** Loaded before main.mjs, it tells at exit what OpenTelemetry registered in the process: an SDK registers its tracer provider there. */
const probe = path.join(scratch, 'otel-probe.mjs');
fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write(`opentelemetry globals: ${JSON.stringify(Object.keys(globalThis[Symbol.for('opentelemetry.js.api.1')] ?? {}).filter((key) => key !== 'version').sort())}\\n`));\n");

/** Processes a failing test left running, killed after the file. */
const children: ChildProcess[] = [];

/** The bundle npm start runs, as its own process on the test's database; it answers once listening. */
async function startBundle(env: NodeJS.ProcessEnv) {
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', '--import', probe, apiBundleTarget(repositoryRoot).outputFile], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await expect.poll(() => (child.exitCode === null ? output : `exited: ${output}`), { timeout: 60_000 }).toMatch(/listening on http:\/\/[^\s/]+/);
  const url = /listening on (http:\/\/[^\s/]+)/.exec(output)![1];
  return {
    url,
    /** An operation by its hash, as our apps send it, with the request id given. */
    async send<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, requestId: string): Promise<GraphQLResponse> {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ ...documentOf(document), variables }) });
      return (await response.json()) as GraphQLResponse;
    },
    runJobs: () => fetch(`${url}/test/jobs/run`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'run-jobs' }, body: '{}' }),
    /** Stops it as an operator would (SIGTERM): the spans still waiting go out first. */
    stop: () =>
      new Promise<string>((resolve) => {
        child.once('exit', () => resolve(output));
        child.kill('SIGTERM');
      }),
  };
}

/** The JSON log lines of a process. */
const logLines = (output: string): Record<string, unknown>[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;

beforeAll(async () => {
  // The very build npm start runs, made now if the sources changed.
  await buildChanged(repositoryRoot, [apiBundleTarget(repositoryRoot)], () => {});
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Spuren');
  mail = await startMailServer();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await mail?.close();
  await api?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const processEnv = () => ({ ...testEnvironment(api.database.url, api.clock.now().toISOString()), SMTP_URL: mail.url });

describe('tracing with a collector', () => {
  it('exports one booking as traces over OTLP: the HTTP request, its GraphQL operation, its statements and the request id; the mail as a send of its own', async () => {
    const receiver = await startReceiver();
    try {
      const server = await startBundle({ ...processEnv(), OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
      const reserved = await server.send(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tuesdayAt('09:00') } }, 'booking-reserve');
      expect(reserved.data?.reserveSlot.__typename).toBe('Reservation');
      const confirmed = await server.send(op.confirmAppointment, { input: { reservationToken: reserved.data!.reserveSlot.token, contact: { name: 'Ada Lovelace', email: 'ada@example.org' } } }, 'booking-confirm');
      expect(confirmed.errors ?? confirmed.data?.confirmAppointment).toMatchObject({ __typename: 'ConfirmedAppointment' });
      expect((await server.runJobs()).ok).toBe(true);
      // An operation over a socket is work no request starts: it starts no trace.
      const socket = socketClient(server.url);
      const slots = collect(socket, op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: '2026-03-03' } });
      expect(await slots.waitFor(1)).toHaveLength(1);
      slots.dispose();
      await socket.dispose();
      await mail.waitFor((mails) => mails.some((received) => received.to.includes('ada@example.org')));
      const output = await server.stop();

      const { spans } = receiver;
      const byId = new Map(spans.map((span) => [span.spanId, span]));
      const rootOf = (span: ExportedSpan): ExportedSpan => (byId.has(span.parentSpanId) ? rootOf(byId.get(span.parentSpanId)!) : span);
      for (const requestId of ['booking-reserve', 'booking-confirm']) {
        const request = spans.find((span) => span.attributes['zms.request_id'] === requestId)!;
        expect(request).toMatchObject({ kind: otlpKind.server, scope: '@opentelemetry/instrumentation-http', parentSpanId: '', attributes: { 'http.request.method': 'POST', 'url.path': '/graphql', 'http.response.status_code': 200 } });
        const trace = spans.filter((span) => span.traceId === request.traceId);
        // Every span of the request hangs under its HTTP span.
        expect(trace.every((span) => rootOf(span) === request)).toBe(true);
        const operation = requestId === 'booking-reserve' ? 'ReserveSlot' : 'ConfirmAppointment';
        expect(trace.find((span) => span.scope === '@opentelemetry/instrumentation-graphql' && span.attributes['graphql.operation.name'] === operation)?.name).toBe(`mutation ${operation}`);
        expect(trace.map((span) => span.name)).toContain(`graphql.resolve ${operation[0].toLowerCase()}${operation.slice(1)}`);
        const statements = trace.filter((span) => span.scope === '@opentelemetry/instrumentation-pg');
        expect(statements.length).toBeGreaterThan(2);
        expect(statements.every((span) => span.attributes['db.system.name'] === 'postgresql' && typeof span.attributes['db.query.text'] === 'string')).toBe(true);
        // Its log line names the same trace.
        expect(logLines(output).find((line) => line.requestId === requestId && line.msg === 'request')).toMatchObject({ trace_id: request.traceId, span_id: request.spanId });
      }
      expect(spans.filter((span) => span.attributes['graphql.operation.name'] === 'AvailableSlots')).toEqual([]);
      const send = spans.find((span) => span.name === 'smtp send')!;
      expect(send).toMatchObject({ kind: otlpKind.client, scope: 'zms-api', attributes: { 'server.address': '127.0.0.1', 'server.port': Number(new URL(mail.url).port) } });
      expect(rootOf(send).attributes['zms.request_id']).toBe('run-jobs');
      // What went to the collector names no citizen and no caller's address.
      expect(receiver.bodies.join('\n')).not.toMatch(/ada@example\.org|Ada Lovelace|client\.address|network\.peer\.address/);
      expect(output).toMatch(/opentelemetry globals: \[[^\]]*"trace"/);
    } finally {
      await receiver.close();
    }
  });
});

describe('statements in spans', () => {
  it.each([
    ["insert into appointment (contact_name, contact_email) values ('Ada O''Hara', 'ada@example.org')", 'insert into appointment (contact_name, contact_email) values (?, ?)'],
    ["update job set run_at = '2026-03-02T08:01:50.000Z', attempts = 2 where id = 10", 'update job set run_at = ?, attempts = ? where id = ?'],
    ['select * from slot s0 where s0.taken < 1.5 and kind = any(\'{"a","b"}\'::text[]) limit 1', 'select * from slot s0 where s0.taken < ? and kind = any(?::text[]) limit ?'],
    ['INSERT INTO "rate_limit" VALUES ($1, $2, $3) RETURNING points; SAVEPOINT trx11;', 'INSERT INTO "rate_limit" VALUES ($1, $2, $3) RETURNING points; SAVEPOINT trx11;'],
  ])('keep no literal of %j', (statement, kept) => {
    expect(withoutLiterals(statement)).toBe(kept);
  });
});

describe('what leaves the process', () => {
  const span = (fields: Partial<ReadableSpan>) => ({ attributes: {}, status: { code: SpanStatusCode.UNSET }, events: [], instrumentationScope: { name: '@opentelemetry/instrumentation-undici' }, ...fields }) as ReadableSpan;

  it('calls a URL without its credentials and query, and serves a caller without its address', () => {
    const call = scrubbed(span({ kind: SpanKind.CLIENT, attributes: { 'url.full': 'https://user:secret@hooks.example.org/zms?token=abc', 'url.query': '?token=abc', 'url.path': '/zms' } }));
    expect(call.attributes).toEqual({ 'url.full': 'https://hooks.example.org/zms', 'url.path': '/zms' });
    const served = scrubbed(span({ kind: SpanKind.SERVER, attributes: { 'client.address': '203.0.113.7', 'network.peer.address': '203.0.113.7', 'network.peer.port': 50123, 'url.path': '/graphql' } }));
    expect(served.attributes).toEqual({ 'url.path': '/graphql' });
  });

  it("tells an instrumentation's error by its kind only, ours as it is", () => {
    const failed = scrubbed(
      span({
        kind: SpanKind.CLIENT,
        instrumentationScope: { name: '@opentelemetry/instrumentation-pg' },
        status: { code: SpanStatusCode.ERROR, message: 'invalid input syntax for type integer: "ada@example.org"' },
        events: [{ name: 'exception', time: [0, 0], attributes: { 'exception.type': 'error', 'exception.message': 'invalid input syntax for type integer: "ada@example.org"', 'exception.stacktrace': 'Error: invalid input syntax…' } }],
      }),
    );
    expect(failed.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(failed.events.map((event) => event.attributes)).toEqual([{ 'exception.type': 'error' }]);
    expect(scrubbed(span({ kind: SpanKind.CLIENT, instrumentationScope: { name: 'zms-api' }, status: { code: SpanStatusCode.ERROR, message: 'Error: EENVELOPE' } })).status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'Error: EENVELOPE',
    });
  });
});

describe('tracing without a collector', () => {
  it('is off unless OTEL_EXPORTER_OTLP_ENDPOINT (or the traces endpoint) is set, and OTEL_SDK_DISABLED turns it off', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({ tracesUrl: 'http://collector:4318/v1/traces', serviceName: 'zms-api', sampleRatio: 1 });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/traces', OTEL_SERVICE_NAME: 'zms-api-berlin', TRACING_SAMPLE_RATIO: '0.1' }).tracing).toEqual({
      tracesUrl: 'https://collector/traces',
      serviceName: 'zms-api-berlin',
      sampleRatio: 0.1,
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing).toBeNull();
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow('must be an http(s) URL');
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', TRACING_SAMPLE_RATIO: '2' })).toThrow('TRACING_SAMPLE_RATIO must be a number in 0..1');
  });

  it('starts no SDK and registers nothing when no collector is set', async () => {
    const server = await startBundle({ ...processEnv(), OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '' });
    const reserved = await server.send(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tuesdayAt('09:10') } }, 'untraced-reserve');
    expect(reserved.data?.reserveSlot.__typename).toBe('Reservation');
    const output = await server.stop();
    // No tracer provider, context manager or propagator: the API's calls stayed its no-ops.
    expect(output).toContain('opentelemetry globals: []');
    const line = logLines(output).find((entry) => entry.requestId === 'untraced-reserve' && entry.msg === 'request');
    expect(line).toBeDefined();
    expect(line).not.toHaveProperty('trace_id');
  });
});
