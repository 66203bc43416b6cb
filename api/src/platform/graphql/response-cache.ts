import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { rightsOf, type Principal } from '../../domain/accounts/principal';
import { operationCost } from '../limits/query-limits';
import type { RateLimits } from '../limits/rate-limits';
import { rootFieldsOf, type ServiceGate } from './service-gate';
import { documentOfHttp, type TrustedDocuments } from './trusted-documents';

/**
 * What an answer was made of, and whether it still holds at an instant: a module's own check,
 * e.g. an availability answer whose offices' versions still stand (the availability cache's).
 */
export interface AnswerDependency {
  holds(em: EntityManager, at: number): Promise<boolean>;
}

/** Fields a cached answer may contain, per type: only what the dependencies' checks cover. */
export type CacheableFields = Readonly<Record<string, readonly string[]>>;

interface Entry {
  /** The bytes Apollo sent (prettyJSONStringify of the ordered result). */
  body: string;
  cost: number;
  rootFields: string[] | null;
  dependencies: AnswerDependency[];
}

/** Set on answers the response cache sent (`hit`); absent on executed ones. */
export const responseCacheHeader = 'x-zms-response-cache';

/** Answers kept per process: a month view is ~2 KiB, a day ~50 KiB. */
const maxBytes = 64 * 1024 * 1024;

const keyOfContext = Symbol('response cache key');
type Keyed = { [keyOfContext]?: string };

/** The dependencies of the operation a context runs, while it runs: set only for cacheable operations. */
const recordings = new WeakMap<object, AnswerDependency[]>();

/** Tells the response cache, if it is recording this request, that its answer holds only while `dependency` does. */
export function answerDependsOn(context: object, dependency: AnswerDependency): void {
  recordings.get(context)?.push(dependency);
}

/** Apollo's CSRF prevention lets a request through when a browser must have preflighted it. */
function preflighted(request: http.IncomingMessage): boolean {
  const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
  const simple = type === undefined || type === 'text/plain' || type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data';
  return !simple || request.headers['x-apollo-operation-name'] !== undefined || request.headers['apollo-require-preflight'] !== undefined;
}

/** Whether Apollo would answer this request as application/json (what the cached bytes are sent as). */
function acceptsJson(request: http.IncomingMessage): boolean {
  const accept = request.headers.accept;
  return accept === undefined || accept === '*/*' || (accept.includes('application/json') && !accept.includes('application/graphql-response+json') && !accept.includes('multipart/mixed'));
}

export interface ResponseCacheOptions {
  schema: GraphQLSchema;
  cacheable: CacheableFields;
  trustedDocuments: TrustedDocuments;
  serviceGate: ServiceGate;
  rateLimits: RateLimits;
  /** Who calls; throws for a bad credential (the request then goes the usual way, which refuses it). */
  authenticate(request: Request): Promise<Principal>;
  now(): number;
  /** For the dependencies' checks (raw statements, no identity map). */
  em: EntityManager;
}

/**
 * Answers of public reads (availableDays, availableSlots) kept per process and sent again
 * without GraphQL execution, to callers with the same document, variables, rights and named
 * organisation, while every dependency the execution recorded still holds: for availability, the
 * availability cache's own check of the offices' versions, one shared statement, in every process
 * (never stale: a commit in any process shows in the next request). A hit is served by an
 * Express handler in front of Apollo, after the same authentication, trusted-document check,
 * maintenance gate and rate charge an execution gets; the depth and cost guards passed when the
 * answer was made for the same document and variables. Misses run through Apollo, whose plugin
 * stores what they answered.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Requests that missed, with their key and principal, until Apollo's context takes them. */
  private readonly missed = new WeakMap<http.IncomingMessage, { key: string; principal: Principal }>();
  private readonly cacheableDocuments = new WeakMap<DocumentNode, boolean>();

  constructor(private readonly options: ResponseCacheOptions) {}

  /** The principal the cache's handler found for this request, so that Apollo's context does not authenticate again. */
  principalOf(request: http.IncomingMessage): Principal | undefined {
    return this.missed.get(request)?.principal;
  }

  /** Links the request that missed to its operation's context, whose answer the plugin may store. */
  track(context: object, request: http.IncomingMessage): void {
    const missed = this.missed.get(request);
    // A property, not a WeakMap: Apollo runs the operation with a shallow copy of the context.
    if (missed) (context as Keyed)[keyOfContext] = missed.key;
  }

  /** The Express handler in front of Apollo: sends a held answer, else passes the request on. */
  handler() {
    return (request: Request, response: Response, next: NextFunction) => {
      this.serve(request, response).then(
        (served) => (served ? undefined : next()),
        (error: unknown) => next(error),
      );
    };
  }

  private async serve(request: Request, response: Response): Promise<boolean> {
    if ((request.method !== 'GET' && request.method !== 'POST') || !preflighted(request) || !acceptsJson(request)) return false;
    const document = documentOfHttp(request);
    const documentKey = this.documentKeyOf(document);
    if (documentKey === null) return false;
    let principal: Principal;
    try {
      principal = await this.options.authenticate(request);
      this.options.trustedDocuments.resolve(document, principal);
    } catch {
      // Refused the usual way, by Apollo's context.
      return false;
    }
    const key = JSON.stringify([request.headers.host ?? null, request.baseUrl + request.path, documentKey, ...this.operationOf(request), rightsOf(principal)]);
    this.missed.set(request, { key, principal });
    const entry = this.entries.get(key);
    if (!entry) return false;
    const at = this.options.now();
    // Both are reads (the maintenance row, the offices' versions): they overlap.
    const [refusal, holds] = await Promise.all([this.options.serviceGate.refusal(principal, entry.rootFields), Promise.all(entry.dependencies.map((dependency) => dependency.holds(this.options.em, at)))]);
    if (refusal) return false;
    if (holds.includes(false)) {
      if (this.entries.get(key) === entry) this.forget(key);
      return false;
    }
    try {
      await this.options.rateLimits.spend(principal, request.ip ?? null, entry.cost);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      // As Apollo answers it: the error's status and headers, its extensions without them.
      const { http: head, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
      for (const [name, value] of head?.headers ?? []) response.setHeader(name, value);
      response
        .status(head?.status ?? 400)
        .type('application/json; charset=utf-8')
        .send(`${JSON.stringify({ errors: [{ message: error.message, extensions }] })}\n`);
      return true;
    }
    this.missed.delete(request);
    // Says where the answer came from, for operators and tests: the bytes are those an execution sent.
    response.setHeader(responseCacheHeader, 'hit');
    response.status(200).type('application/json; charset=utf-8').send(entry.body);
    return true;
  }

  /** The document as the caller names it: a trusted document's hash, else a hash of the text; null when it sends neither. */
  private documentKeyOf(document: ReturnType<typeof documentOfHttp>): string | null {
    const persisted = document.extensions?.persistedQuery;
    if (persisted !== undefined) {
      const hash = typeof persisted === 'object' && persisted !== null && 'sha256Hash' in persisted ? persisted.sha256Hash : undefined;
      return typeof hash === 'string' ? `hash:${hash}` : null;
    }
    return typeof document.query === 'string' ? `text:${createHash('sha256').update(document.query).digest('base64')}` : null;
  }

  /** The operation's name and variables as sent (a GET sends them as text). */
  private operationOf(request: Request): [unknown, unknown] {
    if (request.method === 'GET') {
      const parameters = new URL(request.originalUrl, 'http://localhost').searchParams;
      return [parameters.get('operationName'), parameters.get('variables')];
    }
    const body = typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
    return [body.operationName ?? null, body.variables ?? null];
  }

  /** A query whose every field the dependencies' checks cover (decided once per parsed document). */
  private isCacheable(document: DocumentNode): boolean {
    let cacheable = this.cacheableDocuments.get(document);
    if (cacheable !== undefined) return cacheable;
    cacheable = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length === 1;
    const typeInfo = new TypeInfo(this.options.schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition: (node) => {
          if (node.operation !== 'query') cacheable = false;
        },
        Directive: (node) => {
          // @defer and @stream would answer in parts; @include and @skip read the variables, which are keyed.
          if (node.name.value !== 'include' && node.name.value !== 'skip') cacheable = false;
        },
        Field: (node) => {
          const parent = typeInfo.getParentType();
          if (node.name.value !== '__typename' && !(parent && this.options.cacheable[parent.name]?.includes(node.name.value))) cacheable = false;
        },
      }),
    );
    this.cacheableDocuments.set(document, cacheable);
    return cacheable;
  }

  /** Records the dependencies of a cacheable operation that missed, and stores its answer if it has any and no errors. */
  plugin(): ApolloServerPlugin<object> {
    return {
      requestDidStart: async ({ contextValue }) => {
        const key = (contextValue as Keyed)[keyOfContext];
        if (key === undefined) return;
        let operation: OperationDefinitionNode | undefined;
        return {
          didResolveOperation: async ({ document, operation: resolved }) => {
            if (!resolved || !this.isCacheable(document)) return;
            operation = resolved;
            recordings.set(contextValue, []);
          },
          willSendResponse: async ({ response }) => {
            const dependencies = recordings.get(contextValue);
            recordings.delete(contextValue);
            if (!operation || !dependencies || dependencies.length === 0 || response.body.kind !== 'single') return;
            const { errors, data, extensions } = response.body.singleResult;
            if (errors !== undefined || (response.http.status ?? 200) !== 200) return;
            this.store(key, { body: `${JSON.stringify({ errors, data, extensions })}\n`, cost: operationCost(operation), rootFields: rootFieldsOf(operation), dependencies });
          },
        };
      },
    };
  }

  private store(key: string, entry: Entry): void {
    this.forget(key);
    // The oldest answers go first (a Map keeps insertion order).
    while (this.bytes + entry.body.length > maxBytes && this.entries.size > 0) this.forget(this.entries.keys().next().value!);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
