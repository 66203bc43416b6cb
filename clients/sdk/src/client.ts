import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

/**
 * `extensions.code` of the GraphQL errors the API sends, and `NETWORK_ERROR` when no GraphQL
 * answer came at all. Expected failures (a slot taken, a window missed) are not errors: they are
 * members of the mutations' result unions.
 */
export type ZmsErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  /** The installation hosts several organisations and the request named none (see `organisation`). */
  | 'ORGANISATION_REQUIRED'
  | 'UNKNOWN_ORGANISATION'
  /** A document the caller may not send: its own text without a key, or a hash the API does not know (see `documentOf`). */
  | 'TRUSTED_DOCUMENT_REQUIRED'
  // Codes this SDK does not know yet still reach the caller, while the known ones autocomplete.
  | (string & {});

/** A request or subscription that the API refused, or that got no GraphQL answer. */
export class ZmsRequestError extends Error {
  override readonly name = 'ZmsRequestError';
  /** The errors as the API sent them; empty when no GraphQL answer came. */
  readonly errors: readonly GraphQLFormattedError[];
  /** One code per error; `['NETWORK_ERROR']` when no GraphQL answer came. */
  readonly codes: readonly ZmsErrorCode[];
  /** When rate-limited: how long the API asks to wait before the next request, if it said. */
  readonly retryAfterSeconds: number | null;
  /** The HTTP status of the answer; null over the WebSocket or when none came. */
  readonly status: number | null;
  /** What the API answered besides the errors: a confirmation's secret must not be lost to a failing side field. */
  readonly data: unknown;

  constructor(errors: readonly GraphQLFormattedError[], options: { status?: number | null; message?: string; cause?: unknown; data?: unknown } = {}) {
    const codes = errors.length > 0 ? errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) : ['NETWORK_ERROR'];
    super(options.message ?? errors.map((error, index) => `${codes[index]}: ${error.message}`).join('; '), { cause: options.cause });
    this.errors = errors;
    this.codes = codes;
    const retryAfter = errors.map((error) => error.extensions?.retryAfterSeconds).find((value) => typeof value === 'number');
    this.retryAfterSeconds = typeof retryAfter === 'number' ? retryAfter : null;
    this.status = options.status ?? null;
    this.data = options.data ?? null;
  }

  has(code: ZmsErrorCode): boolean {
    return this.codes.includes(code);
  }
}

export interface ZmsClientOptions {
  /** The absolute URL of the API's GraphQL endpoint, e.g. `https://termine.example/graphql`; subscriptions use the same URL over ws(s). */
  url: string;
  /** An API key (`zk_…`) of level `public` (third parties) or `callcenter` (the 115); without one the caller is a citizen. */
  apiKey?: string;
  /**
   * The organisation (its slug, e.g. `muenchen`) on an installation that hosts several and is not
   * reached by the organisation's own host name: requests go to `…/o/<slug>/graphql`. A key's
   * requests are its organisation's anyway.
   */
  organisation?: string;
  /** Defaults to the global `fetch`. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /**
   * A WebSocket constructor for `subscribe`, where there is no global one: on Node 20 pass the
   * `ws` package (`import WebSocket from 'ws'`). Browsers and Node 22+ need none.
   */
  webSocketImpl?: unknown;
}

/**
 * What a request carries of its document: this package's documents go by the hash codegen gave
 * them (the API takes nothing else from callers without a key), others as their text.
 */
function documentOf(document: DocumentNode): { query?: string; extensions?: { persistedQuery: { version: 1; sha256Hash: string } } } {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: print(document) };
}

/** Operations without required variables may leave them out. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface ZmsClient {
  /** Runs a query or mutation over HTTP; answers its data or throws a `ZmsRequestError`. */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgument<TVariables>): Promise<TResult>;
  /**
   * Subscribes over graphql-ws and yields each event's data; a refused subscription or a lost
   * connection throws a `ZmsRequestError` from the iteration. Breaking out of the loop ends the
   * subscription. Subscribe first, then query the snapshot, and apply only newer versions.
   */
  subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgument<TVariables>): AsyncIterableIterator<TResult>;
  /** Closes the WebSocket, if one was opened. */
  dispose(): Promise<void>;
}

export function createZmsClient(options: ZmsClientOptions): ZmsClient {
  const { apiKey } = options;
  const url = options.organisation ? options.url.replace(/\/graphql\/?$/, `/o/${encodeURIComponent(options.organisation)}/graphql`) : options.url;
  // Called as a plain function: browsers refuse `fetch` invoked as a method of another object.
  const fetchImpl = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  const authorization = apiKey ? `Bearer ${apiKey}` : null;
  // Opened on the first subscription only, so that request() needs no WebSocket implementation.
  let socket: Client | null = null;
  const socketClient = () =>
    (socket ??= createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: options.webSocketImpl,
      connectionParams: authorization ? { authorization } : {},
      // A silent reconnect would resubscribe without the events in between: the iteration fails
      // instead, and the caller subscribes again and re-queries its snapshot.
      retryAttempts: 0,
    }));

  return {
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) {
      const sent = documentOf(document);
      const headers = { accept: 'application/graphql-response+json, application/json', ...(authorization ? { authorization } : {}) };
      // A query by hash is a GET that caches can keep; the header passes the API's CSRF check.
      const get = sent.extensions !== undefined && getOperationAST(document)?.operation === 'query';
      const search = new URLSearchParams({ extensions: JSON.stringify(sent.extensions), ...(variables === undefined ? {} : { variables: JSON.stringify(variables) }) });
      let response: Response;
      try {
        response = get
          ? await fetchImpl(`${url}?${search}`, { method: 'GET', headers: { ...headers, 'apollo-require-preflight': 'true' } })
          : await fetchImpl(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ ...sent, variables }) });
      } catch (cause) {
        throw new ZmsRequestError([], { message: `NETWORK_ERROR: ${get ? 'GET' : 'POST'} ${url} failed`, cause });
      }
      const body = (await response.json().catch(() => null)) as FormattedExecutionResult<TResult> | null;
      if (body?.errors?.length) throw new ZmsRequestError(body.errors, { status: response.status, data: body.data });
      if (!body?.data) throw new ZmsRequestError([], { status: response.status, message: `NETWORK_ERROR: no GraphQL answer from ${url} (HTTP ${response.status})` });
      return body.data as TResult;
    },

    subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) {
      // graphql-ws wants a text; by hash it is empty.
      const results = socketClient().iterate<TResult>({ query: '', ...documentOf(document), variables: variables as Record<string, unknown> | undefined });
      // A plain iterator, not a generator: return() before the first next() must end the subscription too.
      const events: AsyncIterableIterator<TResult> = {
        async next() {
          try {
            const step = await results.next();
            if (step.done) return { done: true, value: undefined };
            if (step.value.errors?.length) {
              await results.return?.();
              throw new ZmsRequestError(step.value.errors);
            }
            return { done: false, value: step.value.data as TResult };
          } catch (error) {
            throw subscriptionError(error);
          }
        },
        async return() {
          await results.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return events;
        },
      };
      return events;
    },

    async dispose() {
      await socket?.dispose();
    },
  };
}

/** graphql-ws fails a subscription with the server's errors, a close event or an Error. */
function subscriptionError(error: unknown): ZmsRequestError {
  if (error instanceof ZmsRequestError) return error;
  if (Array.isArray(error)) return new ZmsRequestError(error as GraphQLFormattedError[]);
  const close = error as { code?: unknown; reason?: unknown };
  // The API closes the socket with 4401 when the credentials are unknown, expired or revoked.
  if (close?.code === 4401) return new ZmsRequestError([{ message: String(close.reason || 'Unauthorized'), extensions: { code: 'UNAUTHENTICATED' } }]);
  const detail = typeof close?.code === 'number' ? `connection closed (${close.code}${close.reason ? ` ${String(close.reason)}` : ''})` : String(error);
  return new ZmsRequestError([], { message: `NETWORK_ERROR: ${detail}`, cause: error });
}
