import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import pg from 'pg';
import { errorSummary } from '../safe-error';
import type { EventMessage, Topic, TopicPayloads } from './topics';

const channel = 'zms_events';
/** How the LISTEN connections show in pg_stat_activity: one per API process. */
export const listenerApplicationName = 'zms-event-listener';
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

/**
 * Hands committed events to the transport. It never throws: the change is committed, and the
 * answer must say so; a transport that fails tells its subscribers to resync instead.
 */
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
 * One client connection (a WebSocket) whose subscriptions read this process's bus. When events
 * may have been missed, it is told to resync: the socket server closes it with a reconnectable
 * code, and the client subscribes again and refetches its snapshot.
 */
export class LiveConnection {
  /** Offices whose events this connection's subscriptions read. */
  readonly offices = new Set<number>();

  constructor(readonly resync: () => void) {}
}

/** The connection whose subscription is being set up, so that `subscribe` knows who reads what. */
const settingUp = new AsyncLocalStorage<LiveConnection>();

/** How long the listener waits before it tries again, doubling from `minMs` up to `maxMs`. */
export interface ReconnectBackoff {
  minMs: number;
  maxMs: number;
}

export interface EventBusOptions {
  databaseUrl: string;
  redisUrl: string | null;
  backoff: ReconnectBackoff;
  /** How often the LISTEN connection is probed: a connection lost without an error is noticed too. */
  probeIntervalMs: number;
  log: (message: string) => void;
}

/** The control message that asks every process to resync the subscribers of some offices. */
interface ResyncMessage {
  topic: 'resync';
  officeIds: number[];
}

/**
 * This process's side of the fan-out: one listening connection (PostgreSQL LISTEN or a Redis
 * subscriber) feeds an in-memory pubsub that subscriptions read, keyed by office.
 *
 * A listener that loses its connection tries again with backoff for as long as it takes, and is
 * never doubled. Whenever events may have been missed (the listener was down, a publish failed),
 * the live connections concerned are told to resync rather than left waiting for events that
 * will never come.
 */
export class EventBus {
  /** Also handed to type-graphql, which insists on a pubsub for schemas with subscriptions. */
  readonly local = createPubSub<LocalTopics>({ eventTarget: manyListenerTarget() });
  /** Whether this process hears events now (its LISTEN connection or Redis subscriber is up). */
  listening = false;
  /** Times the listener came back after losing its connection, and events that could not be published. */
  readonly counts = { listenerReconnects: 0, publishFailures: 0, resyncs: 0 };
  private readonly connections = new Set<LiveConnection>();
  private readonly connectionsByOffice = new Map<number, Set<LiveConnection>>();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(private readonly options: EventBusOptions) {}

  /** Registers a client connection; `release` when it closes. */
  connect(connection: LiveConnection): void {
    this.connections.add(connection);
  }

  release(connection: LiveConnection): void {
    this.connections.delete(connection);
    for (const officeId of connection.offices) {
      const readers = this.connectionsByOffice.get(officeId);
      readers?.delete(connection);
      if (readers?.size === 0) this.connectionsByOffice.delete(officeId);
    }
  }

  /** Runs a subscription's set-up on behalf of `connection`, so that the offices it reads are known. */
  settingUpFor<T>(connection: LiveConnection, setUp: () => T): T {
    return settingUp.run(connection, setUp);
  }

  subscribe<K extends Topic>(topic: K, officeId: number): AsyncIterable<TopicPayloads[K]> {
    const connection = settingUp.getStore();
    if (connection && this.connections.has(connection)) {
      connection.offices.add(officeId);
      let readers = this.connectionsByOffice.get(officeId);
      if (!readers) this.connectionsByOffice.set(officeId, (readers = new Set()));
      readers.add(connection);
    }
    return (this.local.subscribe as (topic: Topic, id: number) => AsyncIterable<TopicPayloads[K]>)(topic, officeId);
  }

  /** Tells connections that they may have missed events: those reading the given offices, or all. */
  resync(officeIds: number[] | 'all'): void {
    const concerned = officeIds === 'all' ? [...this.connections] : [...new Set(officeIds.flatMap((officeId) => [...(this.connectionsByOffice.get(officeId) ?? [])]))];
    if (concerned.length === 0) return;
    this.counts.resyncs += 1;
    this.options.log(`telling ${concerned.length} live connection(s) to resync: events may have been missed`);
    for (const connection of concerned) {
      this.release(connection);
      connection.resync();
    }
  }

  private deliver(raw: string): void {
    try {
      const message = JSON.parse(raw) as EventMessage | ResyncMessage;
      if (message.topic === 'resync') this.resync(message.officeIds);
      else (this.local.publish as (topic: Topic, id: number, payload: unknown) => void)(message.topic, message.payload.officeId, message.payload);
    } catch (error) {
      this.options.log(`dropped a malformed event: ${errorSummary(error)}`);
    }
  }

  /** The next wait of a listener that failed `failures` times in a row. */
  private backoffAfter(failures: number): number {
    const { minMs, maxMs } = this.options.backoff;
    const wait = Math.min(maxMs, minMs * 2 ** Math.max(0, failures - 1));
    // Jitter, so that processes that lost the database together do not come back in lockstep.
    return Math.round(wait * (0.75 + Math.random() * 0.5));
  }

  /** Starts listening (PostgreSQL or Redis); waits for the first connection, then keeps it up. */
  async start(): Promise<EventTransport> {
    return this.options.redisUrl ? this.startRedis(this.options.redisUrl) : this.startPostgres();
  }

  private async startRedis(redisUrl: string): Promise<EventTransport> {
    const retryStrategy = (times: number) => this.backoffAfter(times);
    // No offline queue: a publish while Redis is away fails at once instead of piling up.
    const publisher = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy });
    const subscriber = new Redis(redisUrl, { lazyConnect: true, retryStrategy });
    // ioredis reconnects by itself; an error event without a listener would end the process.
    publisher.on('error', (error) => this.options.log(`event publisher: ${errorSummary(error)}`));
    subscriber.on('error', (error) => this.options.log(`event subscriber: ${errorSummary(error)}`));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    subscriber.on('message', (_channel: string, raw: string) => this.deliver(raw));
    let lost = false;
    subscriber.on('close', () => {
      if (this.listening) this.options.log('event subscriber lost its connection to Redis');
      this.listening = false;
      lost = true;
    });
    // ioredis subscribes again by itself on reconnect (autoResubscribe); what came meanwhile is lost.
    subscriber.on('ready', () => {
      this.listening = true;
      if (!lost) return;
      lost = false;
      this.counts.listenerReconnects += 1;
      this.resync('all');
    });
    await subscriber.subscribe(channel);
    this.listening = true;
    // Offices whose events could not be published: every process is told to resync them once Redis is back.
    const unpublished = new Set<number>();
    const publishResync = () => {
      if (unpublished.size === 0) return;
      const officeIds = [...unpublished];
      unpublished.clear();
      publisher.publish(channel, JSON.stringify({ topic: 'resync', officeIds } satisfies ResyncMessage)).catch((error) => {
        for (const officeId of officeIds) unpublished.add(officeId);
        this.options.log(`resync could not be published: ${errorSummary(error)}`);
      });
    };
    publisher.on('ready', publishResync);
    this.stopListening = async () => {
      await Promise.all([subscriber.quit().catch(() => subscriber.disconnect()), publisher.quit().catch(() => publisher.disconnect())]);
    };
    return {
      beforeCommit: async () => {},
      afterCommit: async (events) => {
        for (const event of events) {
          try {
            await publisher.publish(channel, JSON.stringify(event));
          } catch (error) {
            this.counts.publishFailures += 1;
            unpublished.add(event.payload.officeId);
            this.options.log(`event ${event.topic} of a committed change could not be published (${errorSummary(error)}); its office resyncs once Redis is back`);
          }
        }
        if (publisher.status === 'ready') publishResync();
      },
    };
  }

  private async startPostgres(): Promise<EventTransport> {
    await this.listenToPostgres();
    return {
      beforeCommit: async (em, events) => {
        for (const event of events) await em.execute('select pg_notify(?, ?)', [channel, JSON.stringify(event)]);
      },
      afterCommit: async () => {},
    };
  }

  /**
   * One dedicated connection that LISTENs. Whatever ends it (an error, the server closing it, a
   * probe that goes unanswered), exactly one new attempt is planned, with backoff, until one
   * succeeds; then every live connection resyncs, since NOTIFY keeps nothing for absent listeners.
   */
  private async listenToPostgres(): Promise<void> {
    let stopped = false;
    let current: pg.Client | null = null;
    let retryTimer: NodeJS.Timeout | null = null;
    let failures = 0;
    let everConnected = false;

    const planRetry = () => {
      if (stopped || retryTimer) return;
      failures += 1;
      const wait = this.backoffAfter(failures);
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void attempt();
      }, wait);
    };

    /** Drops a client for good: its late events must not plan a second retry. */
    const abandon = (client: pg.Client) => {
      client.removeAllListeners('notification');
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      // A late error of an abandoned client must still have a listener.
      client.on('error', () => {});
      client.end().catch(() => {});
    };

    const lose = (client: pg.Client, why: string) => {
      if (current !== client) return;
      current = null;
      this.listening = false;
      this.options.log(`event listener lost its connection (${why}); listening again with backoff`);
      abandon(client);
      planRetry();
    };

    const attempt = async (): Promise<void> => {
      if (stopped) return;
      const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: listenerApplicationName, keepAlive: true, connectionTimeoutMillis: Math.max(1000, this.options.probeIntervalMs) });
      client.on('error', (error) => lose(client, errorSummary(error)));
      client.on('end', () => lose(client, 'connection ended'));
      client.on('notification', (message) => message.payload && this.deliver(message.payload));
      try {
        await client.connect();
        await client.query(`listen ${channel}`);
      } catch (error) {
        abandon(client);
        if (!everConnected && failures === 0) throw error;
        this.options.log(`event listener could not listen yet: ${errorSummary(error)}`);
        planRetry();
        return;
      }
      if (stopped) return abandon(client);
      current = client;
      failures = 0;
      this.listening = true;
      if (everConnected) {
        this.counts.listenerReconnects += 1;
        this.options.log('event listener is listening again');
        this.resync('all');
      }
      everConnected = true;
    };

    // A connection cut without a FIN (a failover, a dead balancer) raises no error: ask it.
    const probe = setInterval(() => {
      const client = current;
      if (!client) return;
      const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('probe unanswered')), this.options.probeIntervalMs).unref());
      Promise.race([client.query('select 1'), timeout]).catch((error) => lose(client, errorSummary(error)));
    }, this.options.probeIntervalMs);
    probe.unref();

    await attempt();
    this.stopListening = async () => {
      stopped = true;
      clearInterval(probe);
      if (retryTimer) clearTimeout(retryTimer);
      const client = current;
      current = null;
      if (client) abandon(client);
    };
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.listening = false;
  }
}
