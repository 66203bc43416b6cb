import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestContext } from './request-context';
import { errorSummary, safeErrorFields } from './safe-error';
import { activeTraceFields } from './tracing';

export type { Logger } from 'pino';

/** JSON lines on stdout (or `destination`), one logger per process; requests log through children with their id. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'zms-api' },
      // Errors are logged by what of them may be told: a database error carries its statement with a citizen's name, email and phone.
      serializers: { err: safeErrorFields, error: safeErrorFields },
      // A line written inside a traced request names its trace: logs and traces join there.
      mixin: activeTraceFields,
      hooks: {
        // An error logged without a message would lend pino its own message for the line's.
        logMethod(args, method) {
          if (args[0] instanceof Error && typeof args[1] !== 'string') return method.apply(this, [{ err: args[0] }, errorSummary(args[0])]);
          return method.apply(this, args);
        },
      },
    },
    destination,
  );
}

/** The metrics of one process, for Prometheus to scrape at /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly operationSeconds = new Histogram({
    name: 'zms_graphql_operation_seconds',
    help: 'GraphQL operations by type and root field, from resolved operation to response.',
    labelNames: ['type', 'field', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly activeSubscriptions = new Gauge({ name: 'zms_active_subscriptions', help: 'GraphQL subscriptions open on this process.', registers: [this.registry] });
  readonly rateLimitFallbacks = new Counter({
    name: 'zms_rate_limit_fallbacks_total',
    help: "Request budgets decided in this process's memory because their store (Redis or PostgreSQL) failed, by limit.",
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  readonly authentications = new Counter({ name: 'zms_authentications_total', help: 'Credentials checked, by kind: one per HTTP operation, socket opened and socket operation.', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly credentialReads = new Counter({ name: 'zms_credential_reads_total', help: 'Statements that read credentials, by kind: checks arriving together share one.', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly credentialLookups = new Counter({ name: 'zms_credential_lookups_total', help: 'Credentials read by those statements, by kind: each credential once per statement.', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly socketRefusals = new Counter({ name: 'zms_socket_refusals_total', help: 'WebSockets closed or socket operations refused by a limit of this process, by limit.', labelNames: ['limit'] as const, registers: [this.registry] });

  constructor(orm: MikroORM, now: () => Date) {
    collectDefaultMetrics({ register: this.registry, prefix: 'zms_' });
    // Read from the database, so that every process reports the figure of all of them.
    new Gauge({
      name: 'zms_slots_taken_last_minute',
      help: 'Slots taken by reservations in the last minute (all processes).',
      registers: [this.registry],
      async collect() {
        const [row] = await orm.em.fork().execute<{ count: string }[]>('select count(*) from slot_claim c join appointment a on a.id = c.appointment_id where a.created_at > ?', [new Date(now().getTime() - 60_000)]);
        this.set(Number(row.count));
      },
    });
    new Gauge({
      name: 'zms_jobs_due',
      help: 'Background jobs that are due and not yet done (all processes).',
      registers: [this.registry],
      async collect() {
        const [row] = await orm.em.fork().execute<{ count: string }[]>('select count(*) from job where run_at <= ?', [now()]);
        this.set(Number(row.count));
      },
    });
  }

  /** What the event bus went through: counted by the bus, read when Prometheus scrapes. */
  observeEventBus(counts: { listenerReconnects: number; publishFailures: number; resyncs: number }): void {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('zms_event_listener_reconnects', 'Times this process listened again after losing its event connection.', () => counts.listenerReconnects);
    gauge('zms_event_publish_failures', 'Events of committed changes this process could not publish (their offices resync later).', () => counts.publishFailures);
    gauge('zms_event_resyncs', 'Times this process told live sockets to resync because events may have been missed.', () => counts.resyncs);
  }

  /** Times every operation by its root fields: bounded by the schema, unlike client-chosen names. */
  apolloPlugin(): ApolloServerPlugin<RequestContext> {
    const histogram = this.operationSeconds;
    return {
      requestDidStart: async () => {
        let stop: ((labels: { outcome: string }) => void) | null = null;
        return {
          didResolveOperation: async ({ operation }) => {
            if (!operation) return;
            const field = operation.selectionSet.selections
              .map((selection) => (selection.kind === 'Field' ? selection.name.value : '…'))
              .sort()
              .join(',');
            const timer = histogram.startTimer({ type: operation.operation, field });
            stop = (labels) => timer(labels);
          },
          willSendResponse: async ({ response }) => {
            const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
            stop?.({ outcome: failed ? 'error' : 'ok' });
          },
        };
      },
    };
  }
}

/** Gives each request an id (the caller's X-Request-Id when it is sane) and logs it when done. */
export function requestLogging(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.log = logger.child({ requestId });
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      (res.locals.log as Logger).info({ method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
    });
    next();
  };
}
