import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Repeater } from '@repeaterjs/repeater';
import { errorSummary } from '../safe-error';
import { sqlArray } from '../sql';
import type { EventMessage, Topic, TopicPayloads } from './topics';

/**
 * Events travel on a channel per office, so that a process hears only the offices its
 * subscribers follow (ADR 0010). Redis has a channel per office; PostgreSQL, whose listening
 * backends compare every notification with each channel they listen on, one per office id
 * modulo this bucket count, so that a process never listens on more channels than this. An event
 * names its office in front of its JSON: a process drops one of another office of its bucket
 * without parsing it. Every process must agree on the count: changing it is a deploy of all
 * processes at once.
 */
export const postgresChannelBuckets = 1024;
/** Installation-wide messages (the Redis resync requests): every process listens. */
const sharedChannel = 'zms_events';

/** The Redis channel of an office's events. */
export function redisChannelOf(officeId: number): string {
  return `${sharedChannel}:${officeId}`;
}

/** The PostgreSQL channel of an office's events: a plain identifier, built from a checked integer only. */
export function postgresChannelOf(officeId: number): string {
  if (!Number.isSafeInteger(officeId) || officeId < 0) throw new Error(`no event channel for office ${officeId}`);
  return `${sharedChannel}_${officeId % postgresChannelBuckets}`;
}

/** A NOTIFY payload: the office id, a space, the event's JSON. */
function framed(event: EventMessage): string {
  return `${event.payload.officeId} ${JSON.stringify(event)}`;
}

/** What a transport does when the offices followed change: (un)subscribe the channel. */
interface OfficeChannels {
  follow(officeId: number): void;
  unfollow(officeId: number): void;
}
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
  private readonly target = manyListenerTarget();
  /** Also handed to type-graphql, which insists on a pubsub for schemas with subscriptions. */
  readonly local = createPubSub<LocalTopics>({ eventTarget: this.target });
  /** Whether this process hears events now (its LISTEN connection or Redis subscriber is up). */
  listening = false;
  /**
   * Times the listener came back after losing its connection, events that could not be published,
   * resyncs; events parsed (of offices followed here) and events heard but dropped unparsed (of
   * an office no subscription here follows: PostgreSQL's other offices of a bucket, or one that
   * arrived just after its last subscriber left).
   */
  readonly counts = { listenerReconnects: 0, publishFailures: 0, resyncs: 0, eventsParsed: 0, eventsSkipped: 0 };
  private readonly connections = new Set<LiveConnection>();
  private readonly connectionsByOffice = new Map<number, Set<LiveConnection>>();
  /** Open subscriptions per office: an office's channel is subscribed while it has one. */
  private readonly followers = new Map<number, number>();
  private channels: OfficeChannels | null = null;
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

  /**
   * The office's events of one topic. Like the local pubsub's own subscription, it starts at the
   * first `next()` (graphql-js asks at once) and ends on `return()`; while it runs, the office's
   * channel is subscribed.
   */
  subscribe<K extends Topic>(topic: K, officeId: number): AsyncIterable<TopicPayloads[K]> {
    const connection = settingUp.getStore();
    if (connection && this.connections.has(connection)) {
      connection.offices.add(officeId);
      let readers = this.connectionsByOffice.get(officeId);
      if (!readers) this.connectionsByOffice.set(officeId, (readers = new Set()));
      readers.add(connection);
    }
    // The local pubsub's event type (`createPubSub` publishes `${topic}:${id}`), read directly so
    // that an event costs one repeater per subscriber, as before.
    const type = `${topic}:${officeId}`;
    return new Repeater<TopicPayloads[K]>((push, stop) => {
      const listener = (event: Event) => void push((event as CustomEvent<TopicPayloads[K]>).detail);
      this.target.addEventListener(type, listener);
      this.follow(officeId);
      void stop.then(() => {
        this.target.removeEventListener(type, listener);
        this.unfollow(officeId);
      });
    });
  }

  /** Offices with at least one open subscription in this process. */
  followedOffices(): number[] {
    return [...this.followers.keys()];
  }

  private follow(officeId: number): void {
    const count = this.followers.get(officeId) ?? 0;
    this.followers.set(officeId, count + 1);
    if (count === 0) this.channels?.follow(officeId);
  }

  private unfollow(officeId: number): void {
    const count = (this.followers.get(officeId) ?? 0) - 1;
    if (count > 0) return void this.followers.set(officeId, count);
    this.followers.delete(officeId);
    this.channels?.unfollow(officeId);
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

  /** An event of `officeId` (its JSON in `raw` from `from` on): parsed only if a subscription here follows the office. */
  private deliver(officeId: number, raw: string, from = 0): void {
    if (!this.followers.has(officeId)) {
      this.counts.eventsSkipped += 1;
      return;
    }
    this.counts.eventsParsed += 1;
    try {
      const message = JSON.parse(from > 0 ? raw.slice(from) : raw) as EventMessage;
      (this.local.publish as (topic: Topic, id: number, payload: unknown) => void)(message.topic, message.payload.officeId, message.payload);
    } catch (error) {
      this.options.log(`dropped a malformed event: ${errorSummary(error)}`);
    }
  }

  private deliverShared(raw: string): void {
    try {
      const message = JSON.parse(raw) as ResyncMessage;
      if (message.topic === 'resync') this.resync(message.officeIds);
    } catch (error) {
      this.options.log(`dropped a malformed control message: ${errorSummary(error)}`);
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
    // The channels are subscribed again by us after a reconnect, from the offices followed then:
    // ioredis's own resubscription would replay the set of the moment the connection was lost.
    const subscriber = new Redis(redisUrl, { lazyConnect: true, retryStrategy, autoResubscribe: false });
    // ioredis reconnects by itself; an error event without a listener would end the process.
    publisher.on('error', (error) => this.options.log(`event publisher: ${errorSummary(error)}`));
    subscriber.on('error', (error) => this.options.log(`event subscriber: ${errorSummary(error)}`));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const channelPrefix = redisChannelOf(0).slice(0, -1);
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel === sharedChannel) this.deliverShared(raw);
      else this.deliver(Number(channel.slice(channelPrefix.length)), raw);
    });
    const everyChannel = () => [sharedChannel, ...this.followedOffices().map(redisChannelOf)];
    /** A (un)subscription is sent on a ready connection; while it is away, the next 'ready' subscribes what is followed then. */
    const send = (command: 'subscribe' | 'unsubscribe', officeId: number) => {
      if (subscriber.status !== 'ready') return;
      subscriber[command](redisChannelOf(officeId)).catch((error: unknown) => this.options.log(`event subscriber could not ${command}: ${errorSummary(error)}`));
    };
    let lost = false;
    subscriber.on('close', () => {
      if (this.listening) this.options.log('event subscriber lost its connection to Redis');
      this.listening = false;
      lost = true;
    });
    // What was published meanwhile is lost: once the channels are subscribed again, resync.
    subscriber.on('ready', () => {
      if (!lost) return;
      lost = false;
      subscriber.subscribe(...everyChannel()).then(
        () => {
          this.listening = true;
          this.counts.listenerReconnects += 1;
          this.resync('all');
        },
        // The connection went again: its next 'ready' tries again.
        (error: unknown) => this.options.log(`event subscriber could not subscribe again: ${errorSummary(error)}`),
      );
    });
    await subscriber.subscribe(...everyChannel());
    this.channels = { follow: (officeId) => send('subscribe', officeId), unfollow: (officeId) => send('unsubscribe', officeId) };
    this.listening = true;
    // Offices whose events could not be published: every process is told to resync them once Redis is back.
    const unpublished = new Set<number>();
    const publishResync = () => {
      if (unpublished.size === 0) return;
      const officeIds = [...unpublished];
      unpublished.clear();
      publisher.publish(sharedChannel, JSON.stringify({ topic: 'resync', officeIds } satisfies ResyncMessage)).catch((error) => {
        for (const officeId of officeIds) unpublished.add(officeId);
        this.options.log(`resync could not be published: ${errorSummary(error)}`);
      });
    };
    publisher.on('ready', publishResync);
    this.stopListening = async () => {
      this.channels = null;
      await Promise.all([subscriber.quit().catch(() => subscriber.disconnect()), publisher.quit().catch(() => publisher.disconnect())]);
    };
    return {
      beforeCommit: async () => {},
      afterCommit: async (events) => {
        for (const event of events) {
          try {
            await publisher.publish(redisChannelOf(event.payload.officeId), JSON.stringify(event));
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
      // One statement for all of a transaction's events; notifications are delivered in this order.
      beforeCommit: async (em, events) => {
        await em.execute('select pg_notify(channel, payload) from unnest(?::text[], ?::text[]) with ordinality as event (channel, payload, position) order by position', [
          sqlArray(events.map((event) => postgresChannelOf(event.payload.officeId))),
          sqlArray(events.map(framed)),
        ]);
      },
      afterCommit: async () => {},
    };
  }

  /**
   * One dedicated connection that LISTENs on the channels of the offices followed. Whatever ends
   * it (an error, the server closing it, a probe that goes unanswered), exactly one new attempt is
   * planned, with backoff, until one succeeds and listens on the channels followed then; then
   * every live connection resyncs, since NOTIFY keeps nothing for absent listeners.
   */
  private async listenToPostgres(): Promise<void> {
    let stopped = false;
    let current: pg.Client | null = null;
    let retryTimer: NodeJS.Timeout | null = null;
    let failures = 0;
    let everConnected = false;
    /** Offices followed per channel: a channel is listened on while it has one. */
    const officesByChannel = new Map<string, number>();
    const listenTo = (channels: Iterable<string>) => [...channels].map((name) => `listen "${name}"`).join('; ');
    // The current connection's statements, one after the other (pg no longer wants a query sent
    // while one runs).
    let statements: Promise<unknown> = Promise.resolve();
    const run = (client: pg.Client, statement: string): Promise<unknown> => {
      const result = statements.then(() => client.query(statement));
      statements = result.catch(() => {});
      return result;
    };
    // Sent on the current connection, after whatever it runs; without one, the next attempt
    // listens on what is followed then. A failure here is the connection's: it is lost.
    const send = (statement: string) => {
      if (current) run(current, statement).catch((error: unknown) => this.options.log(`event listener: ${errorSummary(error)}`));
    };
    this.channels = {
      follow: (officeId) => {
        const name = postgresChannelOf(officeId);
        const count = officesByChannel.get(name) ?? 0;
        officesByChannel.set(name, count + 1);
        if (count === 0) send(listenTo([name]));
      },
      unfollow: (officeId) => {
        const name = postgresChannelOf(officeId);
        const count = (officesByChannel.get(name) ?? 0) - 1;
        if (count > 0) return void officesByChannel.set(name, count);
        officesByChannel.delete(name);
        send(`unlisten "${name}"`);
      },
    };
    for (const officeId of this.followedOffices()) this.channels.follow(officeId);

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
      client.on('notification', ({ payload }) => {
        if (!payload) return;
        // The office is read in front of the JSON: an event of another office of the bucket is dropped unparsed.
        const space = payload.indexOf(' ');
        this.deliver(Number(payload.slice(0, space)), payload, space + 1);
      });
      try {
        await client.connect();
        if (stopped) return abandon(client);
        // Current before its LISTEN is answered: offices followed meanwhile queue behind it.
        current = client;
        statements = Promise.resolve();
        if (officesByChannel.size > 0) await run(client, listenTo(officesByChannel.keys()));
      } catch (error) {
        if (current === client) current = null;
        abandon(client);
        if (!everConnected && failures === 0) throw error;
        this.options.log(`event listener could not listen yet: ${errorSummary(error)}`);
        planRetry();
        return;
      }
      if (stopped || current !== client) return;
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
      Promise.race([run(client, 'select 1'), timeout]).catch((error) => lose(client, errorSummary(error)));
    }, this.options.probeIntervalMs);
    probe.unref();

    await attempt();
    this.stopListening = async () => {
      stopped = true;
      this.channels = null;
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
