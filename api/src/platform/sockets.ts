import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, getOperationAST, parse, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { rightsOf } from '../domain/accounts/principal';
import { InvalidCredentials, authenticate, tokenFrom } from '../modules/accounts/authentication';
import type { Clock } from './clock';
import { LiveConnection, type EventBus } from './events/event-bus';
import type { AppConfig } from './config';
import { invalidCredentials } from './graphql/errors';
import { guardOperation } from './graphql/operation-guard';
import { sharedSubscribe } from './graphql/shared-subscription-execution';
import { operationCost } from './limits/query-limits';
import type { Metrics } from './observability';
import type { RequestContext } from './request-context';

export interface SocketServerOptions {
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  config: AppConfig;
  guards: RequestContext['guards'];
  metrics: Metrics;
  clock: Clock;
  orm: MikroORM;
  formatSocketError: (error: GraphQLError) => GraphQLFormattedError;
  bus: EventBus;
  contextFor: (credential: string | null, clientAddress: string | null) => Promise<RequestContext>;
  clientAddressOf: (request: http.IncomingMessage) => string | null;
  isOwnOrigin: (request: http.IncomingMessage) => boolean;
}

/** The close code that asks a client to reconnect, subscribe again and refetch (see the event bus). */
export const resyncCloseCode = 1012;

/** An operation's context over a socket knows the connection it runs on. */
type SocketContext = RequestContext & { liveConnection?: LiveConnection };

export interface SocketServer {
  dispose(): Promise<void>;
}

/**
 * What a hook does when something other than the caller failed (the database is away): graphql-ws
 * would close with 4500, which its clients take as fatal and never retry, so a call display would
 * stay dark after the outage. 1013 (Try Again Later) makes them come back with backoff.
 */
function closeToRetry(socket: { close(code: number, reason: string): void }): void {
  socket.close(1013, 'Try again later');
}

/** GraphQL over WebSockets (graphql-ws): the same credentials, limits and error shapes as over HTTP. */
export function serveSockets({ bus, wsServer, schema, config, guards, metrics, clock, orm, formatSocketError, contextFor, clientAddressOf, isOwnOrigin }: SocketServerOptions): SocketServer {
  // A network loss sends no close frame: ping every socket and drop those that stop answering,
  // so that subscriptions do not pile up for clients that are gone.
  const alive = new WeakSet<object>();
  // Each socket's subscriptions read the event bus; when the bus may have missed events, the
  // socket is closed with 1012 (Service Restart), which graphql-ws clients take as "reconnect":
  // they subscribe again and refetch their snapshot.
  const liveConnections = new WeakMap<object, LiveConnection>();
  wsServer.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    const connection = new LiveConnection(() => socket.close(resyncCloseCode, 'resync: events may have been missed'));
    liveConnections.set(socket, connection);
    bus.connect(connection);
    socket.once('close', () => bus.release(connection));
  });
  const sharedSubscription = sharedSubscribe((contextValue) => rightsOf((contextValue as RequestContext).principal));
  const heartbeat = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (!alive.has(socket)) socket.terminate();
      else {
        alive.delete(socket);
        socket.ping();
      }
    }
  }, config.socketHeartbeatMs);
  // Counted per socket, so that a socket that closes takes its subscriptions off the gauge.
  const subscriptionsBySocket = new WeakMap<object, Set<string>>();
  const openSubscriptions = (ctx: object): { add(id: string): void; delete(id: string): void; clear(): void } => {
    let ids = subscriptionsBySocket.get(ctx);
    if (!ids) subscriptionsBySocket.set(ctx, (ids = new Set()));
    const set = ids;
    return {
      add: (id) => {
        if (!set.has(id)) metrics.activeSubscriptions.inc();
        set.add(id);
      },
      delete: (id) => {
        if (set.delete(id)) metrics.activeSubscriptions.dec();
      },
      clear: () => {
        metrics.activeSubscriptions.dec(set.size);
        set.clear();
      },
    };
  };
  const wsCleanup = useServer(
    {
      schema,
      subscribe: (args) => {
        const connection = (args.contextValue as SocketContext).liveConnection;
        return connection ? bus.settingUpFor(connection, () => sharedSubscription(args)) : sharedSubscription(args);
      },
      // Credentials are checked once when the socket opens: bad ones close it with 4401.
      onConnect: async (ctx) => {
        // CSRF for sockets: the session cookie counts only on our own pages; others send a bearer token.
        const byCookie = !ctx.connectionParams?.authorization && tokenFrom(undefined, ctx.extra.request.headers.cookie) !== null;
        if (byCookie && !isOwnOrigin(ctx.extra.request)) return false;
        const credential = tokenFrom(ctx.connectionParams?.authorization as string | undefined, ctx.extra.request.headers.cookie);
        try {
          await authenticate(orm.em.fork(), credential, clock.now());
          return true;
        } catch (error) {
          if (!(error instanceof InvalidCredentials)) {
            closeToRetry(ctx.extra.socket);
            return false;
          }
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
      },
      // Errors over the socket go through the same formatError as over HTTP.
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(formatSocketError) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map(formatSocketError),
      onComplete: (ctx, id) => {
        openSubscriptions(ctx).delete(id);
      },
      onClose: (ctx) => {
        openSubscriptions(ctx).clear();
      },
      // A credential revoked or expired while the socket is open stops at its next operation.
      onSubscribe: async (ctx, _id, payload) => {
        const credential = tokenFrom(ctx.connectionParams?.authorization as string | undefined, ctx.extra.request.headers.cookie);
        try {
          const principal = await authenticate(orm.em.fork(), credential, clock.now());
          // The same limits as over HTTP: a socket is no way around them. The document parsed and
          // validated here is the one that runs (graphql-ws would parse again, without a token limit).
          const document = parse(payload.query, { maxTokens: config.limits.maxQueryTokens });
          const invalid = validate(schema, document);
          if (invalid.length > 0) return invalid;
          const operation = getOperationAST(document, payload.operationName);
          guardOperation(schema, document, operation, payload.variables, principal, config);
          await guards.rateLimits.spend(principal, clientAddressOf(ctx.extra.request), operation ? operationCost(operation) : 1);
          if (operation?.operation === 'subscription') openSubscriptions(ctx).add(_id);
          // Without contextValue, graphql-ws still creates the context with `context` below.
          return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
        } catch (error) {
          if (error instanceof InvalidCredentials) {
            ctx.extra.socket.close(4401, 'Unauthorized');
            return [invalidCredentials()];
          }
          if (error instanceof GraphQLError) return [error];
          closeToRetry(ctx.extra.socket);
          return [new GraphQLError('Try again later.', { extensions: { code: 'SERVICE_UNAVAILABLE' } })];
        }
      },
      context: async (ctx): Promise<SocketContext> => ({
        ...(await contextFor(tokenFrom(ctx.connectionParams?.authorization as string | undefined, ctx.extra.request.headers.cookie), clientAddressOf(ctx.extra.request))),
        liveConnection: liveConnections.get(ctx.extra.socket),
      }),
    },
    wsServer,
  );
  return {
    dispose: async () => {
      clearInterval(heartbeat);
      await wsCleanup.dispose();
    },
  };
}
