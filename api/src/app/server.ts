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
import { anonymous, type Principal } from '../domain/accounts/principal';
import { migrationsList } from '../migrations';
import { Authenticator, InvalidCredentials, sessionCookie, tokenFrom } from '../modules/accounts/authentication';
import { oidcRoutes } from '../modules/accounts/oidc/oidc.router';
import { cacheableAvailabilityFields } from '../modules/slots/availability.resolver';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders';
import { apiPaths, isApiPath, namedOrganisationOf } from '../modules/catalog/tenancy';
import { ControlledClock, systemClock, type Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import { migrate, openOrm } from '../platform/database';
import { attachReadReplica } from '../platform/read-replica';
import { EventBus, useEventTransport } from '../platform/events/event-bus';
import { invalidCredentials } from '../platform/graphql/errors';
import { guardOperation } from '../platform/graphql/operation-guard';
import { ResponseCache } from '../platform/graphql/response-cache';
import { serviceGatePlugin } from '../platform/graphql/service-gate';
import { TrustedDocuments, documentOfHttp, trustedDocumentsPlugin } from '../platform/graphql/trusted-documents';
import { JobRunner } from '../platform/jobs/job-queue';
import { defaultLoadShedding, LoadShedding, loadSheddingPlugin } from '../platform/graphql/load-shedding';
import { ProofOfWork } from '../platform/limits/proof-of-work';
import { operationCost } from '../platform/limits/query-limits';
import { RateLimits } from '../platform/limits/rate-limits';
import { Metrics, createLogger, requestLogging, type Logger } from '../platform/observability';
import type { RequestContext } from '../platform/request-context';
import { serveSockets, type SocketAuthentication } from '../platform/sockets';
import { entities } from './entities';
import { registerJobs } from './jobs';
import { operationsRoutes, pageRoutes, servesMailbox } from './routes';
import { buildApiSchema } from './schema';
import { seedOnStart } from './seeding';
import { buildServices } from './services';

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
  const applied = await orm.em
    .getConnection()
    .execute<{ name: string }[]>('select name from mikro_orm_migrations')
    .catch(() => []);
  const names = new Set(applied.map((row) => row.name));
  return migrationsList.some((migration) => !names.has(migration.name));
}

export async function startApp(config: AppConfig, logger: Logger = createLogger(config.logLevel)): Promise<App> {
  const log = (message: string) => logger.info(message);
  const warn = (message: string) => logger.warn(message);
  const formatError = formatErrorWith(logger);
  const formatSocketError = formatSocketErrorWith(formatError);
  // main.ts starts the embedded PostgreSQL, while the modules of this one load.
  const databaseUrl = config.databaseUrl;
  if (databaseUrl === null) throw new Error('startApp needs a database URL');
  // LISTEN, the migrations' lock and the rate limits need a session of their own: they go past PgBouncer (docs/operations.md, "Connections").
  const directUrl = config.databaseDirectUrl ?? databaseUrl;
  const orm = await openOrm(databaseUrl, entities, { poolMax: config.databasePools.queries });
  const replica = config.readReplica ? attachReadReplica(orm, { ...config.readReplica, poolMax: config.databasePools.queries }, warn) : null;
  if (config.migrateOnStart && (await hasPendingMigrations(orm))) {
    const applied = await migrate(directUrl, entities);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  }
  const metrics = new Metrics(orm, () => clock.now());
  const bus = new EventBus({ databaseUrl: directUrl, redisUrl: config.redisUrl, backoff: config.events.reconnectBackoff, probeIntervalMs: config.events.probeIntervalMs, log: warn });
  metrics.observeEventBus(bus.counts);
  useEventTransport(await bus.start());
  const guards = {
    rateLimits: new RateLimits(config.limits, { databaseUrl: directUrl, poolMax: config.databasePools.limits, redisUrl: config.redisUrl }, { warn, fallbacks: metrics.rateLimitFallbacks }),
    proofOfWork: new ProofOfWork(config.altcha),
  };
  const clock = config.testClock ? new ControlledClock(config.clockStart ?? new Date()) : systemClock;

  const services = buildServices(config);
  const jobs = registerJobs(new JobRunner(orm, clock, warn), services);
  await seedOnStart(orm.em, config, services, clock, log);

  const schema = await buildApiSchema(services, bus.local);
  const app = express();
  const httpServer = http.createServer(app);
  // The API answers at /graphql and, for an organisation named by path, at /o/<slug>/graphql.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: config.sockets.maxMessageBytes });
  httpServer.on('upgrade', (request, socket, head) => {
    if (!isApiPath(request.url ?? '')) {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (client) => wsServer.emit('connection', client, request));
  });
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
  const authentication: SocketAuthentication = {
    credentialFrom: tokenFrom,
    authenticate: (credential, now) => authenticator.authenticate(credential, now),
    refuses: (error) => error instanceof InvalidCredentials,
  };
  /** One context per operation, HTTP or WebSocket: who calls, a fresh identity map, fresh loaders. */
  const contextOf = (principal: Principal, credential: string | null, clientAddress: string | null, request: http.IncomingMessage, http?: RequestContext['http']): RequestContext => {
    const em = orm.em.fork();
    return { principal, em, clock, bus, guards, loaders: createCatalogLoaders(em), clientAddress, credential, namedOrganisation: namedOrganisationOf(request), http };
  };
  const contextFor = async (credential: string | null, clientAddress: string | null, request: http.IncomingMessage, http?: RequestContext['http']): Promise<RequestContext> => {
    try {
      return contextOf(await authenticator.authenticate(credential, clock.now()), credential, clientAddress, request, http);
    } catch (error) {
      if (error instanceof InvalidCredentials) {
        throw invalidCredentials(true);
      }
      throw error;
    }
  };
  const trustedDocuments = TrustedDocuments.load(config.trustedDocuments);
  const serviceGate = services.maintenance.gate(() => orm.em.fork(), clock);
  // Public reads answered again without execution while what they were made of holds (response-cache.ts).
  const responseCache = new ResponseCache({
    schema,
    cacheable: cacheableAvailabilityFields,
    trustedDocuments,
    serviceGate,
    rateLimits: guards.rateLimits,
    authenticate: (req) => authenticator.authenticate(tokenFrom(req.headers.authorization, req.headers.cookie), clock.now()),
    now: () => clock.now().getTime(),
    em: orm.em.fork(),
  });
  // Public reads wait their turn (or are refused) so that staff and call displays stay live under bots.
  const shedding = new LoadShedding({ ...defaultLoadShedding, ...config.loadShedding });
  const sockets = serveSockets({ bus, wsServer, schema, config, guards, metrics, clock, authentication, formatSocketError, contextOf, clientAddressOf, isOwnOrigin, trustedDocuments, serviceGate });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    // Who may introspect is decided per caller in guardOperation, the same over sockets.
    introspection: true,
    // Off: a caller must not add to the documents that anonymous callers may send (trusted-documents.ts).
    persistedQueries: false,
    // The process shuts down in one place (main.ts), servers first, then the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; left on, it wraps every resolved field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => sockets.dispose() }) },
      metrics.apolloPlugin(),
      trustedDocumentsPlugin(trustedDocuments),
      // Maintenance refuses citizens' operations before anything is charged or runs.
      serviceGatePlugin(serviceGate),
      loadSheddingPlugin(shedding),
      {
        // Limits before anything runs: depth and cost of the operation, then the caller's budget.
        requestDidStart: async () => ({
          didResolveOperation: async ({ contextValue, document, operation, request }) => {
            guardOperation(schema, document, operation, request.variables, contextValue.principal, config);
            await guards.rateLimits.spend(contextValue.principal, contextValue.clientAddress, operation ? operationCost(operation) : 1);
          },
        }),
      },
      responseCache.plugin(),
    ],
  });
  await apollo.start();

  app.use(requestLogging(logger));
  app.use(operationsRoutes({ config, orm, bus, metrics, clock, jobs }));
  app.use(oidcRoutes({ oidc: services.oidc, orm, clock, secureCookies: secureCookie, chargeSignIn: (clientAddress) => guards.rateLimits.spend(anonymous, clientAddress, 1) }));
  if (!services.mailer && config.environment === 'production') warn('no SMTP server is configured (SMTP_URL): mails stay pending in the outbox');
  // Third-party browser front ends on the allow-list may call with their API key; cookies stay
  // with our own same-origin apps, and Apollo's CSRF prevention refuses simple cross-site requests.
  app.use(apiPaths, cors({ origin: config.corsOrigins, credentials: false, maxAge: 600 }));
  app.use(
    apiPaths,
    express.json({ limit: '100kb' }),
    // A body that is no JSON, or too large, is malformed input like any other: a GraphQL error.
    (error: Error & { status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!error.status || error.status >= 500) return next(error);
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
    },
    // Answers held by the response cache go out here, after authentication, the document check and the rate charge.
    responseCache.handler(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const credential = tokenFrom(req.headers.authorization, req.headers.cookie);
        const cookies: RequestContext['http'] = {
          setSessionCookie: (token, expiresAt) => res.cookie(sessionCookie, token, { httpOnly: true, sameSite: 'lax', secure: secureCookie, expires: expiresAt, path: '/' }),
          clearSessionCookie: () => res.clearCookie(sessionCookie, { path: '/' }),
        };
        // The response cache's handler authenticated the request already where it could.
        const known = responseCache.principalOf(req);
        const context = known ? contextOf(known, credential, req.ip ?? null, req, cookies) : await contextFor(credential, req.ip ?? null, req, cookies);
        // A document this caller may not send is refused as a bad credential is: before Apollo reads it.
        trustedDocuments.resolve(documentOfHttp(req), context.principal);
        responseCache.track(context, req);
        return context;
      },
    }),
  );
  app.use(pageRoutes());

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await apollo.stop();
    await bus.stop();
    await replica?.close();
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
    mailboxUrl: servesMailbox(config) ? `http://${config.host}:${port}/dev/mailbox` : null,
    stop: () =>
      (stopping ??= (async () => {
        await jobs.stop();
        services.mailer?.close();
        await apollo.stop();
        shedding.stop();
        await guards.rateLimits.close();
        await bus.stop();
        useEventTransport(null);
        await replica?.close();
        await orm.close();
      })()),
  };
}
