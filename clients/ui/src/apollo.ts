import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client/core';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import unionMembers from './generated/possible-types';

export interface ApiConnectionOptions {
  /** The API's origin; default the page's own, which serves both the app and /graphql. */
  origin?: string;
  /**
   * A bearer credential (device key, API key) read before each request and each (re)connect.
   * Staff need none: their session cookie goes along on our own origin.
   */
  credential?: () => string | null;
  /** Told when the socket is (re)connected, e.g. to refetch what may have been missed meanwhile. */
  onReconnected?: () => void;
  /** How long a socket may stay silent before it counts as dead; it pings four times as often. */
  keepAliveMs?: number;
}

export interface ApiConnection {
  apollo: ApolloClient<unknown>;
  socket: Client;
}

/**
 * One Apollo client for queries and mutations over HTTP and subscriptions over graphql-ws, which
 * reconnects forever with backoff: a call display must come back after a restart or a cut line
 * without anyone touching it.
 */
export function connectToApi(options: ApiConnectionOptions = {}): ApiConnection {
  const origin = options.origin ?? window.location.origin;
  const authorization = (): Record<string, string> => {
    const credential = options.credential?.();
    return credential ? { authorization: `Bearer ${credential}` } : {};
  };

  let connectedBefore = false;
  let lastMessageAt = Date.now();
  const socket = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    connectionParams: authorization,
    lazy: false,
    // The client pings and the server answers: the only traffic a quiet waiting room has.
    keepAlive: Math.floor((options.keepAliveMs ?? 20_000) / 4),
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const backoff = Math.min(10_000, 500 * 2 ** Math.min(retries, 5));
      await new Promise((resolve) => setTimeout(resolve, backoff / 2 + Math.random() * (backoff / 2)));
    },
    on: {
      connected: () => {
        lastMessageAt = Date.now();
        if (connectedBefore) options.onReconnected?.();
        connectedBefore = true;
      },
      message: () => {
        lastMessageAt = Date.now();
      },
      pong: () => {
        lastMessageAt = Date.now();
      },
    },
  });

  // A line cut without a close frame leaves the socket open forever: count silence instead.
  const keepAliveMs = options.keepAliveMs ?? 20_000;
  setInterval(
    () => {
      if (Date.now() - lastMessageAt > keepAliveMs) {
        lastMessageAt = Date.now();
        socket.terminate();
      }
    },
    Math.min(keepAliveMs, 5_000),
  );

  const http = new HttpLink({ uri: `${origin}/graphql`, credentials: 'same-origin' });
  const withCredential = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, ...authorization() } }));
    return forward(operation);
  });
  // Every document goes by the hash codegen embedded (the API takes nothing else from anonymous
  // callers), queries as GETs that caches can keep; a refused hash is an error, never a retry with
  // the text, since the API learns no documents.
  const byHash = createPersistedQueryLink({
    generateHash: (document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? Promise.reject(new Error('A document without a hash: generate it with npm run codegen')),
    useGETForHashedQueries: true,
    disable: () => false,
    retry: () => false,
  });
  const link = byHash.concat(
    split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      new GraphQLWsLink(socket),
      withCredential.concat(http),
    ),
  );

  const apollo = new ApolloClient({
    link,
    // A refetch after an event must read a state at least that new; deduplication would hand it
    // the answer of a request already in flight, sent before the event (Apollo keeps the newest
    // request's answer when answers cross).
    queryDeduplication: false,
    cache: new InMemoryCache({ possibleTypes: unionMembers.possibleTypes }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { apollo, socket };
}
