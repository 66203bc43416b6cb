import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { SpanKind, context, propagation, trace, type Context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ParentBasedSampler, SamplingDecision, TraceIdRatioBasedSampler, TracerProvider, type ReadableSpan, type Sampler, type SamplingResult, type SpanExporter } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { AppConfig } from './config';
import { requestIdAttribute } from './tracing';

/**
 * The OpenTelemetry SDK, loaded by main.ts only when a collector is configured, and before the app's
 * modules: without it nothing of this file is loaded and the API's spans are the API's no-ops.
 *
 * The instrumentations patch pg, pg-pool, express, graphql, ioredis and http when they are
 * require()d (require-in-the-middle); the API is ESM (the bundle of npm start, or tsx), and Node
 * loads a CommonJS package that ESM imports without passing through require(), so no hook would
 * see it. Each instrumented package is therefore required here once, after the hooks are set: the
 * import of the app then gets the same, patched, module objects from require's cache. Our own
 * code may be bundled: the packages stay external (ops/build-changed.mjs), so none is copied out
 * of reach of the patches. Outgoing fetch (webhooks, SMS) is seen through undici's diagnostics
 * channels, which need no patching.
 */

/** Probes that a load balancer or Prometheus sends every few seconds would bury the traces of real requests. */
const probePaths = new Set(['/healthz', '/readyz', '/metrics']);

/** Probes, and the files of our apps' pages (a page load fetches a dozen): the rest is the API and its sign-in. */
function untraced(request: IncomingMessage, appNames: ReadonlySet<string>): boolean {
  const path = (request.url ?? '').split('?')[0];
  return probePaths.has(path) || ((request.method === 'GET' || request.method === 'HEAD') && appNames.has(path.split('/')[1]));
}

/** Query parameters whose values stay out of spans: variables and documents may hold contact data, tokens are secrets. */
const redactedQueryParameters = ['query', 'variables', 'extensions', 'token', 'key'];

/** Attributes of incoming requests that name the caller's machine; the logs keep no client address either. */
const callerAttributes = ['client.address', 'network.peer.address', 'network.peer.port'];

/**
 * A trace starts where work comes in or goes out: an HTTP request, a send to another server.
 * Work that starts inside the process on its own (a GraphQL operation over a socket, a
 * subscription's event) starts none, or every display's events would flood the collector.
 */
class EdgeSampler implements Sampler {
  private readonly ratio: TraceIdRatioBasedSampler;

  constructor(sampleRatio: number) {
    this.ratio = new TraceIdRatioBasedSampler(sampleRatio);
  }

  shouldSample(parent: Context, traceId: string, _name: string, kind: SpanKind): SamplingResult {
    if (kind !== SpanKind.SERVER && kind !== SpanKind.CLIENT) return { decision: SamplingDecision.NOT_RECORD };
    return this.ratio.shouldSample(parent, traceId);
  }

  toString(): string {
    return `EdgeSampler{${this.ratio.toString()}}`;
  }
}

/** SQL literals: strings (a quote inside doubled, as PostgreSQL and MikroORM write it) and numbers, but no `$1` placeholder or digit of a name. */
const sqlLiterals = /'(?:[^']|'')*'|(?<![\w$])\d+(?:\.\d+)?(?!\w)/g;

/**
 * A statement as a span may carry it: MikroORM writes the values into the statements it sends
 * (a citizen's name and email among them), so every literal becomes `?`; the shape stays, which
 * is what tells one statement from another.
 */
export function withoutLiterals(statement: string): string {
  return statement.replace(sqlLiterals, '?');
}

/** An outgoing request's URL without what may be a secret: credentials and the query (a webhook's URL may carry its token). */
function withoutSecrets(url: string): string {
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * What leaves the process: no literal of a statement, no caller address, no secret of a URL
 * called, and no error message of the instrumentations (a PostgreSQL or GraphQL error can quote
 * a value a citizen typed); our own spans tell only an error's kind already. The exception's
 * type stays, and the trace id leads to the log line.
 */
export function scrubbed(span: ReadableSpan): ReadableSpan {
  const attributes = { ...span.attributes };
  if (typeof attributes['db.query.text'] === 'string') attributes['db.query.text'] = withoutLiterals(attributes['db.query.text']);
  if (span.kind === SpanKind.SERVER) for (const name of callerAttributes) delete attributes[name];
  if (span.kind === SpanKind.CLIENT && typeof attributes['url.full'] === 'string') {
    attributes['url.full'] = withoutSecrets(attributes['url.full']);
    delete attributes['url.query'];
  }
  const own = span.instrumentationScope.name === 'zms-api';
  const status = own || span.status.message === undefined ? span.status : { code: span.status.code };
  const events = span.events.map((event) => (event.name === 'exception' ? { ...event, attributes: { 'exception.type': event.attributes?.['exception.type'] ?? 'Error' } } : event));
  return Object.create(span, { attributes: { value: attributes }, status: { value: status }, events: { value: events } }) as ReadableSpan;
}

class ScrubbingExporter implements SpanExporter {
  constructor(private readonly exporter: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.exporter.export(spans.map(scrubbed), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.exporter.forceFlush?.() ?? Promise.resolve();
  }
}

export interface Tracing {
  /** Sends the spans still waiting, then stops: the last requests before a shutdown are kept. */
  shutdown(): Promise<void>;
}

export async function startTracing(settings: NonNullable<AppConfig['tracing']>): Promise<Tracing> {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    sampler: new ParentBasedSampler({ root: new EdgeSampler(settings.sampleRatio) }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new ScrubbingExporter(new OTLPTraceExporter({ url: settings.tracesUrl })) })],
  });
  trace.setGlobalTracerProvider(provider);

  const appNames = new Set<string>();
  const instrumentations = [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => untraced(request, appNames),
      redactedQueryParamsServer: redactedQueryParameters,
      // The request id is settled by requestLogging (observability.ts), which sends it back.
      applyCustomAttributesOnSpan: (span, _request, response) => {
        const requestId = 'getHeader' in response ? response.getHeader('x-request-id') : undefined;
        if (typeof requestId === 'string') span.setAttribute(requestIdAttribute, requestId);
      },
    }),
    // A router that a request only passes through (health, sign-in, the apps) is no step of its own.
    new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.ROUTER] }),
    // The operation's parse, validation and execution, and each root field's resolver: below
    // those, every field of every object in a list would be a span of its own.
    new GraphQLInstrumentation({ depth: 1, ignoreTrivialResolveSpans: true, mergeItems: true }),
    // Statements inside a span (a request); the job table's polling, every second, starts no trace.
    new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
    // Rate-limit keys name the caller's address: a Redis span names only its command.
    new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    new UndiciInstrumentation(),
  ];
  registerInstrumentations({ instrumentations });
  const require = createRequire(import.meta.url);
  for (const instrumentation of instrumentations) for (const definition of instrumentation.getModuleDefinitions()) require(definition.name);
  // It imports express: only once that is patched.
  for (const app of (await import('./client-apps')).clientApps) appNames.add(app.name);

  return { shutdown: () => provider.shutdown() };
}
