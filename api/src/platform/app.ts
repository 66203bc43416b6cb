import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import proxyAddr from 'proxy-addr';
import { WebSocketServer } from 'ws';
import type { Principal } from '../domain/accounts/principal';
import { AccountsService } from '../modules/accounts/accounts.service';
import { Authenticator, InvalidCredentials, sessionCookie, tokenFrom } from '../modules/accounts/authentication';
import { BookingService } from '../modules/booking/booking.service';
import { QueueService } from '../modules/queue/queue.service';
import { AvailabilityService } from '../modules/slots/availability.service';
import { CapacityService } from '../modules/capacity/capacity.service';
import { loadDemoCatalogIfEmpty, templateCapacity } from '../modules/catalog/catalog-loader';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders';
import { CatalogService } from '../modules/catalog/catalog.service';
import { StatisticsService } from '../modules/statistics/statistics.service';
import { mailboxRouter } from '../modules/notifications/mailbox-page';
import { createMessaging } from '../modules/notifications/messaging';
import { migrationsList } from '../migrations';
import { ControlledClock, systemClock, type Clock } from './clock';
import type { AppConfig } from './config';
import { migrate, openOrm } from './database';
import { EventBus, useEventTransport } from './events/event-bus';
import { clientAppRouter, clientApps } from './client-apps';
import { invalidCredentials } from './graphql/errors';
import { guardOperation } from './graphql/operation-guard';
import { buildApiSchema } from './graphql/schema';
import { Metrics, createLogger, requestLogging, type Logger } from './observability';
import { ProofOfWork } from './limits/proof-of-work';
import { operationCost } from './limits/query-limits';
import { RateLimits } from './limits/rate-limits';
import { serveSockets } from './sockets';
import { inTransaction } from './transaction';
import { JobKind, JobRunner } from './jobs/job-queue';
import type { RequestContext } from './request-context';

export interface App {
  url: string;
  databaseUrl: string;
  clock: Clock;
  jobs: JobRunner;
  orm: MikroORM;
  /** The development mailbox page, where mails stay without SMTP settings; null when not served. */
  mailboxUrl: string | null;
  stop(): Promise<void>;
}

/** How long /readyz waits for the database before it answers "not ready". */
const readinessTimeoutMs = 2000;

/** Key of the transaction-level advisory lock that serialises the start-up work of processes. */
const startupLockKey = 7_411_117;

/** Apollo's own codes for malformed requests, all of which the contract calls BAD_USER_INPUT. */
const malformedRequestCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/** Expected failures are typed; anything else reaches the client without internals, and the log with them. */
function formatErrorWith(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      logger.error({ err: error, path: formatted.path }, 'internal error');
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    if (typeof code === 'string' && malformedRequestCodes.has(code)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    return formatted;
  };
}

/**
 * graphql-ws hands over graphql-js's own parse, validation and variable errors without a code:
 * errors without a path never ran a resolver, so they are malformed input, as over HTTP.
 */
function formatSocketErrorWith(formatError: ReturnType<typeof formatErrorWith>) {
  return (error: GraphQLError): GraphQLFormattedError => {
    // The HTTP status an error carries for Apollo means nothing on a socket: it stays on the server.
    const { http: _status, ...extensions } = error.toJSON().extensions ?? {};
    const formatted = { ...error.toJSON(), extensions };
    const malformed = extensions.code === undefined && error.path === undefined && error.originalError === undefined;
    return formatError(malformed ? { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } } : formatted, error);
  };
}

/**
 * Whether a migration of ours is not applied yet. Most starts have none, and one query tells,
 * where migrating opens a second ORM under a lock; without the table (or the answer) it migrates.
 */
async function hasPendingMigrations(orm: MikroORM): Promise<boolean> {
  const applied = await orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations').catch(() => []);
  const names = new Set(applied.map((row) => row.name));
  return migrationsList.some((migration) => !names.has(migration.name));
}

/** Test-only routes: set the clock of this process and run due jobs, so tests never sleep. */
function testRoutes(clock: ControlledClock, jobs: JobRunner): express.Router {
  const router = express.Router();
  router.get('/clock', (_req, res) => {
    res.json({ now: clock.now().toISOString() });
  });
  router.post('/clock', express.json(), (req, res) => {
    const { now, advanceMinutes } = req.body ?? {};
    if (typeof now === 'string' && !Number.isNaN(Date.parse(now))) clock.set(new Date(now));
    else if (typeof advanceMinutes === 'number') clock.advance(advanceMinutes);
    else {
      res.status(400).json({ error: 'give now (ISO instant) or advanceMinutes' });
      return;
    }
    res.json({ now: clock.now().toISOString() });
  });
  router.post('/jobs/run', async (_req, res) => {
    res.json({ ran: await jobs.runDue() });
  });
  return router;
}

export async function startApp(config: AppConfig, logger: Logger = createLogger(config.logLevel)): Promise<App> {
  const log = (message: string) => logger.info(message);
  const warn = (message: string) => logger.warn(message);
  const formatError = formatErrorWith(logger);
  const formatSocketError = formatSocketErrorWith(formatError);
  // main.ts starts the embedded PostgreSQL, while the modules of this one load.
  const databaseUrl = config.databaseUrl;
  if (databaseUrl === null) throw new Error('startApp needs a database URL');
  const orm = await openOrm(databaseUrl);
  if (config.migrateOnStart && (await hasPendingMigrations(orm))) {
    const applied = await migrate(databaseUrl);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  }
  const metrics = new Metrics(orm, () => clock.now());
  const bus = new EventBus({ databaseUrl, redisUrl: config.redisUrl, backoff: config.events.reconnectBackoff, probeIntervalMs: config.events.probeIntervalMs, log: warn });
  metrics.observeEventBus(bus.counts);
  useEventTransport(await bus.start());
  const guards = {
    rateLimits: new RateLimits(config.limits, { databaseUrl, redisUrl: config.redisUrl }, { warn, fallbacks: metrics.rateLimitFallbacks }),
    proofOfWork: new ProofOfWork(config.altcha),
  };
  const clock = config.testClock ? new ControlledClock(config.clockStart ?? new Date()) : systemClock;

  const messaging = createMessaging(config);
  const services = { queue: new QueueService(config.publicBaseUrl, (em, officeId, now) => messaging.notifications.queueHeadsUp(em, officeId, now)), accounts: new AccountsService(config.sessionHours), booking: new BookingService(config.publicBaseUrl, messaging.notifications, messaging.waitlist), waitlist: messaging.waitlist, availability: new AvailabilityService(), capacity: new CapacityService(), catalog: new CatalogService(), statistics: new StatisticsService() };
  const jobs = new JobRunner(orm, clock, warn)
    .register(JobKind.freeCapacity, (em, key, now) => services.booking.freeCapacity(em, key, now))
    .register(JobKind.extendWindow, (em, key, now) => services.capacity.extendWindow(em, key, now))
    .register(JobKind.endDay, (em, key, now) => services.queue.endDay(em, key, now))
    // Sends wait on other servers: a few at once, so that one slow server does not hold up the rest.
    .register(JobKind.deliverMessage, messaging.notifications.delivery, { parallelism: 4 })
    .register(JobKind.sendReminder, (em, key, now) => messaging.notifications.remind(em, key, now))
    .register(JobKind.retention, (em, key, now) => messaging.notifications.retention(em, key, now))
    .register(JobKind.housekeeping, async (em, _key, now) => {
      // rate_limit keeps its expiry in epoch milliseconds of real time, as the limiter writes it.
      await em.execute('delete from rate_limit where expire < ?', [Date.now()]);
      await em.execute('delete from used_proof_of_work where used_at < ?', [new Date(now.getTime() - 86_400_000)]);
      return new Date(now.getTime() + 3_600_000);
    });

  await inTransaction(orm.em, async (em) => {
    // Processes starting together take turns: only one seeds the demo data and the first admin.
    await em.execute('select pg_advisory_xact_lock(?)', [startupLockKey]);
    if (config.seedDemoData && (await loadDemoCatalogIfEmpty(em, { now: clock.now(), template: templateCapacity(config.importTemplate) }))) log('loaded the demo offices and services');
    if (config.bootstrapAdmin && (await services.accounts.ensureBootstrapAdmin(em, config.bootstrapAdmin.username, config.bootstrapAdmin.password, clock.now()))) {
      log(`created the admin account ${config.bootstrapAdmin.username}`);
    }
    // Every office keeps its window moving; after downtime this is due at once and catches up.
    for (const kind of [JobKind.extendWindow, JobKind.endDay]) {
      await em.execute(`insert into job (kind, key, run_at) select ?, id::text, ? from office on conflict (kind, key) do nothing`, [kind, clock.now()]);
    }
    for (const kind of [JobKind.housekeeping, JobKind.retention]) {
      await em.execute(`insert into job (kind, key, run_at) values (?, 'all', ?) on conflict (kind, key) do nothing`, [kind, clock.now()]);
    }
  });

  const schema = await buildApiSchema(services, bus.local);
  const app = express();
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.sockets.maxMessageBytes });
  const secureCookie = config.publicBaseUrl.startsWith('https:');
  const publicOrigin = new URL(config.publicBaseUrl).origin;
  /** Our own pages: the public origin, or the host the request was sent to (same origin). */
  const isOwnOrigin = (request: http.IncomingMessage): boolean => {
    const origin = request.headers.origin;
    if (!origin) return false;
    try {
      return origin === publicOrigin || new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };
  app.set('trust proxy', config.trustProxy);
  /** The client address by the same trusted-proxy rule Express applies to HTTP requests. */
  const clientAddressOf = (request: http.IncomingMessage): string | null => proxyAddr(request, app.get('trust proxy fn')) ?? null;
  const authenticator = new Authenticator(() => orm.em.fork(), metrics);
  /** One context per operation, HTTP or WebSocket: who calls, a fresh identity map, fresh loaders. */
  const contextOf = (principal: Principal, credential: string | null, clientAddress: string | null, http?: RequestContext['http']): RequestContext => {
    const em = orm.em.fork();
    return { principal, em, clock, bus, guards, loaders: createCatalogLoaders(em), clientAddress, credential, http };
  };
  const contextFor = async (credential: string | null, clientAddress: string | null, http?: RequestContext['http']): Promise<RequestContext> => {
    try {
      return contextOf(await authenticator.authenticate(credential, clock.now()), credential, clientAddress, http);
    } catch (error) {
      if (error instanceof InvalidCredentials) {
        throw invalidCredentials(true);
      }
      throw error;
    }
  };
  const sockets = serveSockets({ bus, wsServer, schema, config, guards, metrics, clock, authenticator, formatSocketError, contextOf, clientAddressOf, isOwnOrigin });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    // Who may introspect is decided per caller in guardOperation, the same over sockets.
    introspection: true,
    // The process shuts down in one place (main.ts), servers first, then the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; left on, it wraps every resolved field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => sockets.dispose() }) },
      metrics.apolloPlugin(),
      {
        // Limits before anything runs: depth and cost of the operation, then the caller's budget.
        requestDidStart: async () => ({
          didResolveOperation: async ({ contextValue, document, operation, request }) => {
            guardOperation(schema, document, operation, request.variables, contextValue.principal, config);
            await guards.rateLimits.spend(contextValue.principal, contextValue.clientAddress, operation ? operationCost(operation) : 1);
          },
        }),
      },
    ],
  });
  await apollo.start();

  app.use(requestLogging(logger));
  // Liveness: the process answers. Readiness: it reaches its database and hears events.
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    // While the database is away a pool waits long for a connection: readiness answers sooner.
    const probe = orm.em.fork().execute('select 1').then(() => true, () => false);
    const database = await Promise.race([probe, new Promise<false>((resolve) => setTimeout(() => resolve(false), readinessTimeoutMs).unref())]);
    const ready = database && bus.listening;
    res.status(ready ? 200 : 503).json({ ready, database, events: bus.listening });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  if (clock instanceof ControlledClock) app.use('/test', testRoutes(clock, jobs));
  // Without an SMTP server a newcomer still sees the mails; never in production (they hold contact data).
  const mailboxServed = config.environment !== 'production';
  if (mailboxServed) app.use('/dev/mailbox', mailboxRouter(orm));
  if (!messaging.mailer && config.environment === 'production') warn('no SMTP server is configured (SMTP_URL): mails stay pending in the outbox');
  // Third-party browser front ends on the allow-list may call with their API key; cookies stay
  // with our own same-origin apps, and Apollo's CSRF prevention refuses simple cross-site requests.
  app.use('/graphql', cors({ origin: config.corsOrigins, credentials: false, maxAge: 600 }));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    // A body that is no JSON, or too large, is malformed input like any other: a GraphQL error.
    (error: Error & { status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!error.status || error.status >= 500) return next(error);
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
    },
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        contextFor(tokenFrom(req.headers.authorization, req.headers.cookie), req.ip ?? null, {
          setSessionCookie: (token, expiresAt) => res.cookie(sessionCookie, token, { httpOnly: true, sameSite: 'lax', secure: secureCookie, expires: expiresAt, path: '/' }),
          clearSessionCookie: () => res.clearCookie(sessionCookie, { path: '/' }),
        }),
    }),
  );
  for (const clientApp of clientApps) app.use(clientAppRouter(clientApp));
  // Citizens who type the bare address want to book.
  app.get('/', (_req, res) => {
    res.redirect(302, 'portal/');
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await apollo.stop();
    await bus.stop();
    await orm.close();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  if (config.jobPolling) jobs.startPolling(config.jobPollIntervalMs);

  let stopping: Promise<void> | null = null;
  return {
    url: `http://${config.host}:${port}`,
    databaseUrl,
    clock,
    jobs,
    orm,
    mailboxUrl: mailboxServed ? `http://${config.host}:${port}/dev/mailbox` : null,
    stop: () =>
      (stopping ??= (async () => {
        await jobs.stop();
        messaging.mailer?.close();
        await apollo.stop();
            await guards.rateLimits.close();
        await bus.stop();
        useEventTransport(null);
        await orm.close();
      })()),
  };
}
