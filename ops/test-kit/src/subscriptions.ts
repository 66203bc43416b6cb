import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import WebSocket from 'ws';
import { documentOf, type Operation, type TestResult } from './api';
import type { TypedDocumentString } from './gql/graphql';

/** A graphql-ws client of one API process, as browsers and the SDK use it. */
export function socketClient(httpUrl: string, token?: string): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Collected<T> {
  received: T[];
  errors: unknown[];
  dispose: () => void;
  /** Waits until an event satisfies `predicate`, at most `timeoutMs`; answers it. */
  waitUntil(predicate: (event: T) => boolean, timeoutMs?: number): Promise<T | undefined>;
  /** Waits until `count` events arrived (or an error), at most `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
}

/** Subscribes and collects what arrives; `next` waits for the following event. */
export function collect<Result, Variables>(client: Client, document: TypedDocumentString<Result, Variables>, variables?: Variables): Collected<TestResult<Result>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a subscription sent as plain text answers untyped events, read field by field
export function collect<T = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T>;
export function collect<T>(client: Client, query: Operation, variables: unknown = {}): Collected<T> {
  const received: T[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  const dispose = client.subscribe<T>(
    // graphql-ws wants a text: the hash names the document, as our apps' subscriptions do.
    { query: '', ...documentOf(query), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) received.push(value.data as T);
        wake?.();
      },
      error: (error) => {
        errors.push(error);
        wake?.();
      },
      complete: () => wake?.(),
    },
  );
  return {
    received,
    errors,
    dispose,
    async waitUntil(predicate: (event: T) => boolean, timeoutMs = 5000): Promise<T | undefined> {
      const deadline = Date.now() + timeoutMs;
      while (!received.some(predicate) && errors.length === 0 && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return received.find(predicate);
    },
    async waitFor(count: number, timeoutMs = 5000): Promise<T[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && errors.length === 0 && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
  };
}

/**
 * The Redis that the fan-out tests use (REDIS_URL, or 127.0.0.1:6379) and whether it answers:
 * without one the tests say so and are skipped, except under CI=true, where that fails. Call it at
 * the top of a test file: the file then has the Redis to itself until it ends (see takeRedisTurn).
 */
export async function redisForTests(): Promise<{ url: string; available: boolean }> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const available = await redisAvailable(url);
  if (!available && process.env.CI === 'true') throw new Error(`CI needs Redis at ${url} for the cross-process event tests`);
  if (!available) console.warn(`Redis is not reachable at ${url}: the Redis fan-out tests are skipped.`);
  if (available) await (redisTurn ??= takeRedisTurn());
  return { url, available };
}

/** Once per file: a second session of the same file would wait for the first's lock for ever. */
let redisTurn: Promise<void> | undefined;

/**
 * Test files run side by side, and the API's events go over one Redis channel for the whole
 * installation: two files' processes on one Redis would hear each other's events (their offices
 * have the same keys, each file's database being a copy of one template). So the files that use
 * the shared Redis take turns, by a PostgreSQL advisory lock held until the file ends; a crashed
 * file's lock goes with its connection.
 */
async function takeRedisTurn(): Promise<void> {
  const session = new pg.Client({ connectionString: inject('databaseServerUrl') });
  await session.connect();
  await session.query('select pg_advisory_lock(7411117)');
  afterAll(() => session.end());
}

async function redisAvailable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname);
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
