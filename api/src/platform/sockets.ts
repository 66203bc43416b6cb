import type http from 'node:http';
import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { rightsOf, type Principal } from '../domain/accounts/principal';
import type { Clock } from './clock';
import { LiveConnection, type EventBus } from './events/event-bus';
import type { AppConfig } from './config';
import { invalidCredentials } from './graphql/errors';
import { guardOperation } from './graphql/operation-guard';
import { rootFieldsOf, serviceUnavailable, type ServiceGate } from './graphql/service-gate';
import { sharedSubscribe } from './graphql/shared-subscription-execution';
import type { TrustedDocuments } from './graphql/trusted-documents';
import { operationCost } from './limits/query-limits';
import { addressKey } from './limits/rate-limits';
import type { Metrics } from './observability';
import type { RequestContext } from './request-context';

/** What sockets need of authentication; the server answers it with the accounts module's. */
export interface SocketAuthentication {
  /** The credential a request carries: the bearer token of `authorization`, else the session cookie. */
  credentialFrom(authorization: string | undefined, cookieHeader: string | undefined): string | null;
  authenticate(credential: string | null, now: Date): Promise<Principal>;
  /** Whether `authenticate` failed because the credential is refused, not because something else failed. */
  refuses(error: unknown): boolean;
}

export interface SocketServerOptions {
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  config: AppConfig;
  guards: RequestContext['guards'];
  metrics: Metrics;
  clock: Clock;
  authentication: SocketAuthentication;
  formatSocketError: (error: GraphQLError) => GraphQLFormattedError;
  bus: EventBus;
  /** `request` is the socket's upgrade request: the organisation it names comes from its host and path. */
  contextOf: (principal: Principal, credential: string | null, clientAddress: string | null, request: http.IncomingMessage) => RequestContext;
  clientAddressOf: (request: http.IncomingMessage) => string | null;
  isOwnOrigin: (request: http.IncomingMessage) => boolean;
  /** Anonymous subscriptions, too, name a trusted document by its hash. */
  trustedDocuments: TrustedDocuments;
  /** Refuses operations while the service is unavailable to the caller (maintenance), as over HTTP. */
  serviceGate: ServiceGate;
}

/**
 * Parsed and validated documents by their text, the most recent few hundred: a document's
 * validity against one schema never changes. Documents that fail to parse are not kept.
 */
class ParsedDocuments {
  private readonly known = new Map<string, { document: DocumentNode; invalid: readonly GraphQLError[] }>();
  private static readonly kept = 500;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly maxTokens: number,
  ) {}

  read(text: string): { document: DocumentNode; invalid: readonly GraphQLError[] } {
    let parsed = this.known.get(text);
    if (parsed) {
      // Most recently used last, so that the oldest is the first to go.
      this.known.delete(text);
    } else {
      const document = parse(text, { maxTokens: this.maxTokens });
      parsed = { document, invalid: validate(this.schema, document) };
      if (this.known.size >= ParsedDocuments.kept) this.known.delete(this.known.keys().next().value!);
    }
    this.known.set(text, parsed);
    return parsed;
  }
}

/** The close code that asks a client to reconnect, subscribe again and refetch (see the event bus). */
export const resyncCloseCode = 1012;

/** An operation's context over a socket knows the connection it runs on. */
type SocketContext = RequestContext & { liveConnection?: LiveConnection };

export interface SocketServer {
  dispose(): Promise<void>;
}

/**
 * 1013 (Try Again Later): graphql-ws clients retry it with their backoff, unlike 4500 or 4429
 * (graphql-ws's "too many initialisation requests"), after which they give up for good.
 */
export const tryAgainLaterCloseCode = 1013;

/** Open sockets per caller in this process; a caller is an address or a credential (see holderOf). */
class OpenSockets {
  private readonly counts = new Map<string, number>();

  /** Counts a socket for `holder` unless it has `cap` already; answers whether it did. */
  take(holder: string, cap: number): boolean {
    const count = this.counts.get(holder) ?? 0;
    if (count >= cap) return false;
    this.counts.set(holder, count + 1);
    return true;
  }

  release(holder: string): void {
    const count = (this.counts.get(holder) ?? 1) - 1;
    if (count > 0) this.counts.set(holder, count);
    else this.counts.delete(holder);
  }
}

/**
 * Whom a socket counts against: anonymous callers by client address, the others by credential,
 * whatever their address (an office's displays, or a whole group's, sit behind one).
 */
function holderOf(principal: Principal, clientAddress: string | null): { key: string; byAddress: boolean } {
  switch (principal.kind) {
    case 'anonymous':
      return { key: `address:${addressKey(clientAddress)}`, byAddress: true };
    case 'apiKey':
      return { key: `apiKey:${principal.keyId}`, byAddress: false };
    case 'staff':
      return { key: `staff:${principal.accountId}`, byAddress: false };
    case 'device':
      return { key: `device:${principal.deviceId}`, byAddress: false };
  }
}

/** Over a socket's cap of open operations; the cap frees when one of them ends, so the retry time is a hint. */
function tooManyOperations(cap: number): GraphQLError {
  return new GraphQLError(`Too many operations open on this socket (at most ${cap}): end one first.`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } });
}

/**
 * What a hook does when something other than the caller failed (the database is away): graphql-ws
 * would close with 4500, which its clients take as fatal and never retry, so a call display would
 * stay dark after the outage. 1013 (Try Again Later) makes them come back with backoff.
 */
function closeToRetry(socket: { close(code: number, reason: string): void }): void {
  socket.close(tryAgainLaterCloseCode, 'Try again later');
}

/** A payload serialised once, for every subscriber that receives the same result. */
class SerialisedPayload {
  constructor(readonly json: string) {}
}

/**
 * Frames of one shared result: graphql-ws serialises every message per subscriber, so an event
 * reaching 1,000 displays was serialised 1,000 times. The answer each subscriber receives is one
 * object per event (shared-subscription-execution.ts), so its payload is serialised once, and
 * each socket's frame is its subscription id around that text. graphql-ws builds the message and
 * serialises it with `jsonMessageReplacer`, which stands a marker in for the payload, and hands
 * the text at once (synchronously) to the socket adapter's `send`, which puts the payload in.
 */
class SharedFrames {
  private readonly payloads = new WeakMap<ExecutionResult, SerialisedPayload>();
  private static readonly marker = '\u0000shared payload\u0000';
  private static readonly markerJson = JSON.stringify(SharedFrames.marker);
  /** The payload the replacer stood the marker in for, until `frame` puts it in. */
  private pending: string | null = null;

  /** What onNext hands graphql-ws as the payload of an error-free result. */
  payloadOf(result: ExecutionResult): SerialisedPayload {
    let payload = this.payloads.get(result);
    if (!payload) this.payloads.set(result, (payload = new SerialisedPayload(JSON.stringify(result))));
    return payload;
  }

  readonly replacer = (_key: string, value: unknown): unknown => {
    if (!(value instanceof SerialisedPayload)) return value;
    this.pending = value.json;
    return SharedFrames.marker;
  };

  /** The message as sent: with the shared payload where the replacer left its marker. */
  frame(message: string): string {
    const payload = this.pending;
    if (payload === null) return message;
    this.pending = null;
    const at = message.lastIndexOf(SharedFrames.markerJson);
    return message.slice(0, at) + payload + message.slice(at + SharedFrames.markerJson.length);
  }
}

/**
 * graphql-ws's server on ws sockets, as graphql-ws/use/ws does it, with two differences: every
 * message passes `SharedFrames.frame` on its way out, and there is no second keep-alive (the
 * heartbeat below pings every socket).
 */
type SocketExtra = { socket: WebSocket; request: http.IncomingMessage };

function serveGraphqlWs(options: ServerOptions<Record<string, unknown> | undefined, SocketExtra>, wsServer: WebSocketServer, frames: SharedFrames): { dispose(): Promise<void> } {
  const server = makeServer({ ...options, jsonMessageReplacer: frames.replacer });
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    socket.once('error', () => socket.close(CloseCode.InternalServerError, 'Internal server error'));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            const message = frames.frame(data);
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(message, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch {
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });
  return {
    dispose: async () => {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** GraphQL over WebSockets (graphql-ws): the same credentials, limits and error shapes as over HTTP. */
export function serveSockets({ bus, wsServer, schema, config, guards, metrics, clock, authentication, formatSocketError, contextOf, clientAddressOf, isOwnOrigin, trustedDocuments, serviceGate }: SocketServerOptions): SocketServer {
  /** The credential a socket was opened with: its connection parameters, else the session cookie. */
  const credentialOf = (ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: { request: http.IncomingMessage } }): string | null =>
    authentication.credentialFrom(ctx.connectionParams?.authorization as string | undefined, ctx.extra.request.headers.cookie);
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
  // ws closes a socket whose message is over maxPayload with 1009, as soon as the frame's header
  // says so: nothing of it is buffered, and no other socket waits.
  wsServer.on('connection', (socket) => {
    socket.on('error', (error) => {
      if ((error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') metrics.socketRefusals.inc({ limit: 'message size' });
    });
  });
  const openSockets = new OpenSockets();
  // 1,000 displays reconnecting send the same few documents: each is parsed and validated once.
  const parsedDocuments = new ParsedDocuments(schema, config.limits.maxQueryTokens);
  // The principal that onSubscribe found for an operation, for that operation's context: one
  // look-up per message. Keyed by the message's payload, which lives as long as the message.
  const principals = new WeakMap<object, Principal>();
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
  const frames = new SharedFrames();
  const wsCleanup = serveGraphqlWs(
    {
      schema,
      subscribe: (args) => {
        const connection = (args.contextValue as SocketContext).liveConnection;
        return connection ? bus.settingUpFor(connection, () => sharedSubscription(args)) : sharedSubscription(args);
      },
      // Credentials are checked when the socket opens: bad ones close it with 4401, and one over
      // its caller's cap of sockets closes with 1013.
      onConnect: async (ctx) => {
        // CSRF for sockets: the session cookie counts only on our own pages; others send a bearer token.
        const byCookie = !ctx.connectionParams?.authorization && authentication.credentialFrom(undefined, ctx.extra.request.headers.cookie) !== null;
        if (byCookie && !isOwnOrigin(ctx.extra.request)) return false;
        const { socket, request } = ctx.extra;
        try {
          const holder = holderOf(await authentication.authenticate(credentialOf(ctx), clock.now()), clientAddressOf(request));
          // Gone while it was authenticated: it would never release its place.
          if (socket.readyState !== socket.OPEN) return false;
          if (!openSockets.take(holder.key, holder.byAddress ? config.sockets.perAddress : config.sockets.perCredential)) {
            metrics.socketRefusals.inc({ limit: holder.byAddress ? 'sockets per address' : 'sockets per credential' });
            socket.close(tryAgainLaterCloseCode, holder.byAddress ? 'Too many sockets from this address' : 'Too many sockets with this credential');
            return false;
          }
          socket.once('close', () => openSockets.release(holder.key));
          return true;
        } catch (error) {
          if (!authentication.refuses(error)) {
            closeToRetry(ctx.extra.socket);
            return false;
          }
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
      },
      // Errors over the socket go through the same formatError as over HTTP; answers without are
      // shared by every subscriber of the event, and so is their text.
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(formatSocketError) } : (frames.payloadOf(result) as unknown as ExecutionResult)),
      onError: (_ctx, _id, _payload, errors) => errors.map(formatSocketError),
      onComplete: (ctx, id) => {
        openSubscriptions(ctx).delete(id);
      },
      onClose: (ctx) => {
        openSubscriptions(ctx).clear();
      },
      // A credential revoked or expired while the socket is open stops at its next operation.
      onSubscribe: async (ctx, _id, payload) => {
        // This operation is among them already.
        if (Object.keys(ctx.subscriptions).length > config.sockets.operationsPerSocket) {
          metrics.socketRefusals.inc({ limit: 'operations per socket' });
          return [tooManyOperations(config.sockets.operationsPerSocket)];
        }
        try {
          const principal = await authentication.authenticate(credentialOf(ctx), clock.now());
          principals.set(payload, principal);
          // The same limits as over HTTP: a socket is no way around them. The document parsed and
          // validated here is the one that runs (graphql-ws would parse again, without a token limit).
          const { document, invalid } = parsedDocuments.read(trustedDocuments.resolve(payload, principal).query ?? '');
          if (invalid.length > 0) return invalid;
          const operation = getOperationAST(document, payload.operationName);
          guardOperation(schema, document, operation, payload.variables, principal, config);
          const unavailable = await serviceGate.refusal(principal, operation ? rootFieldsOf(operation) : null);
          if (unavailable) return [serviceUnavailable(unavailable, false)];
          await guards.rateLimits.spend(principal, clientAddressOf(ctx.extra.request), operation ? operationCost(operation) : 1);
          if (operation?.operation === 'subscription') openSubscriptions(ctx).add(_id);
          // Without contextValue, graphql-ws still creates the context with `context` below.
          return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
        } catch (error) {
          if (authentication.refuses(error)) {
            ctx.extra.socket.close(4401, 'Unauthorized');
            return [invalidCredentials()];
          }
          if (error instanceof GraphQLError) return [error];
          closeToRetry(ctx.extra.socket);
          return [new GraphQLError('Try again later.', { extensions: { code: 'SERVICE_UNAVAILABLE' } })];
        }
      },
      // Runs only after onSubscribe let the operation through, with the principal it found.
      context: (ctx, _id, payload): SocketContext => ({
        ...contextOf(principals.get(payload)!, credentialOf(ctx), clientAddressOf(ctx.extra.request), ctx.extra.request),
        liveConnection: liveConnections.get(ctx.extra.socket),
      }),
    },
    wsServer,
    frames,
  );
  return {
    dispose: async () => {
      clearInterval(heartbeat);
      await wsCleanup.dispose();
    },
  };
}
