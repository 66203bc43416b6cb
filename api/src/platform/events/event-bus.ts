import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { EventMessage, Topic, TopicPayloads } from './topics';

const channel = 'zms_events';
const pending = new AsyncLocalStorage<EventMessage[]>();

/**
 * Records an event of the running transaction. It reaches subscribers on every API process if
 * and only if the transaction commits (SPEC rule 3): see `inTransaction`.
 */
export function emit(message: EventMessage): void {
  const events = pending.getStore();
  if (!events) throw new Error(`emit(${message.topic}) outside a transaction`);
  events.push(message);
}

/** How events leave a transaction: NOTIFY inside it (PostgreSQL delivers on commit), or Redis after it. */
export interface EventTransport {
  /** Inside the transaction, before commit. */
  beforeCommit(em: EntityManager, events: EventMessage[]): Promise<void>;
  /** After the commit. */
  afterCommit(events: EventMessage[]): Promise<void>;
}

let transport: EventTransport | null = null;

/** Set once per process by the app; without one, events are dropped (scripts, migrations). */
export function useEventTransport(next: EventTransport | null): void {
  transport = next;
}

/** Runs `body` collecting the events it emits, apart from those of any enclosing scope. */
export async function collectEvents<T>(body: () => Promise<T>): Promise<{ result: T; events: EventMessage[] }> {
  const events: EventMessage[] = [];
  const result = await pending.run(events, body);
  return { result, events };
}

/** Adds events to the enclosing scope: those of a savepoint that was kept. */
export function emitAll(events: EventMessage[]): void {
  for (const event of events) emit(event);
}

/** Runs a transaction body collecting its events, and hands them to the transport before commit. */
export async function withEvents<T>(em: EntityManager, body: () => Promise<T>): Promise<{ result: T; events: EventMessage[] }> {
  const collected = await collectEvents(body);
  if (collected.events.length > 0) await transport?.beforeCommit(em, collected.events);
  return collected;
}

export async function publishCommitted(events: EventMessage[]): Promise<void> {
  if (events.length > 0) await transport?.afterCommit(events);
}

export type LocalTopics = { [K in Topic]: [number, TopicPayloads[K]] };

/** Every display of an office listens on its topic: hundreds of listeners are the normal case, not a leak. */
function manyListenerTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target;
}

/**
 * This process's side of the fan-out: one listening connection (PostgreSQL LISTEN or a Redis
 * subscriber) feeds an in-memory pubsub that subscriptions read, keyed by office.
 */
export class EventBus {
  /** Also handed to type-graphql, which insists on a pubsub for schemas with subscriptions. */
  readonly local = createPubSub<LocalTopics>({ eventTarget: manyListenerTarget() });
  private listener: { stop(): Promise<void> } | null = null;
  /** Whether this process hears events now (its LISTEN connection or Redis subscriber is up). */
  listening = false;
  /** The publishing Redis connection when Redis carries events; the rate limits share it. */
  redisClient: Redis | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly redisUrl: string | null,
    private readonly log: (message: string) => void,
  ) {}

  subscribe<K extends Topic>(topic: K, officeId: number): AsyncIterable<TopicPayloads[K]> {
    return (this.local.subscribe as (topic: Topic, id: number) => AsyncIterable<TopicPayloads[K]>)(topic, officeId);
  }

  private deliver(raw: string): void {
    try {
      const message = JSON.parse(raw) as EventMessage;
      (this.local.publish as (topic: Topic, id: number, payload: unknown) => void)(message.topic, message.payload.officeId, message.payload);
    } catch (error) {
      this.log(`dropped a malformed event: ${String(error)}`);
    }
  }

  async start(): Promise<EventTransport> {
    if (this.redisUrl) {
      const publisher = new Redis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
      const subscriber = new Redis(this.redisUrl, { lazyConnect: true });
      await Promise.all([publisher.connect(), subscriber.connect()]);
      subscriber.on('message', (_channel: string, raw: string) => this.deliver(raw));
      subscriber.on('ready', () => (this.listening = true));
      subscriber.on('close', () => (this.listening = false));
      await subscriber.subscribe(channel);
      this.listening = true;
      this.redisClient = publisher;
      this.listener = { stop: async () => void (await Promise.all([subscriber.quit(), publisher.quit()])) };
      return {
        beforeCommit: async () => {},
        afterCommit: async (events) => {
          for (const event of events) await publisher.publish(channel, JSON.stringify(event));
        },
      };
    }
    this.listener = await this.listenToPostgres();
    return {
      beforeCommit: async (em, events) => {
        for (const event of events) await em.execute('select pg_notify(?, ?)', [channel, JSON.stringify(event)]);
      },
      afterCommit: async () => {},
    };
  }

  /** A dedicated connection that LISTENs, and listens again after it is lost. */
  private async listenToPostgres(): Promise<{ stop(): Promise<void> }> {
    let stopped = false;
    let client: pg.Client | null = null;
    const connect = async (): Promise<void> => {
      const next = new pg.Client({ connectionString: this.databaseUrl });
      next.on('notification', (message) => message.payload && this.deliver(message.payload));
      next.on('error', (error) => {
        this.listening = false;
        this.log(`event listener lost its connection: ${error.message}`);
        if (!stopped) setTimeout(() => void connect().catch((retry) => this.log(`event listener: ${String(retry)}`)), 1000);
      });
      await next.connect();
      await next.query(`listen ${channel}`);
      client = next;
      this.listening = true;
    };
    await connect();
    return {
      stop: async () => {
        stopped = true;
        await client?.end().catch(() => {});
      },
    };
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
  }
}
