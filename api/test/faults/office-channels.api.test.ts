import type { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@zms/test-kit/database';
import { EventBus, postgresChannelBuckets, redisChannelOf, type EventTransport } from '../../src/platform/events/event-bus';
import { Topic, type EventMessage, type QueueChangedPayload } from '../../src/platform/events/topics';
import { eventually } from './eventually';
import { startPostgresServer, type PostgresServer } from './postgres-server';
import { redisServerAvailable, startRedisServer, type RedisServer } from './redis-server';

// Issue 22, item 5: a process hears and parses only the events of the offices its subscribers
// follow, on both transports; an office's channel is left with its last subscriber, and the
// channels followed come back after Redis or PostgreSQL restarts. Two buses stand for two
// processes: one publishes, the other's subscriptions follow some offices.

const officeA = 11;
const officeB = 12;
const officeC = 13;
/** In A's PostgreSQL bucket: heard there, but dropped unparsed. */
const officeBesideA = officeA + postgresChannelBuckets;

function busOn(databaseUrl: string, redisUrl: string | null): EventBus {
  return new EventBus({ databaseUrl, redisUrl, backoff: { minMs: 50, maxMs: 400 }, probeIntervalMs: 250, log: () => {} });
}

function queueChanged(officeId: number, version: number): EventMessage {
  return { topic: Topic.queueChanged, payload: { officeId, version } };
}

/** One open subscription, as a socket's would be: it reads until `close`. */
function follow(bus: EventBus, officeId: number) {
  const seen: QueueChangedPayload[] = [];
  const iterator = bus.subscribe(Topic.queueChanged, officeId)[Symbol.asyncIterator]();
  const reading = (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) seen.push(next.value);
  })();
  return {
    seen,
    async close() {
      await iterator.return?.();
      await reading;
    },
  };
}

/** Commits events through a transport as a service's transaction does: NOTIFY inside it, Redis after it. */
async function committer(databaseUrl: string, transport: EventTransport) {
  let client = new pg.Client({ connectionString: databaseUrl });
  // The fault tests stop the server under it: an error without a listener would end the file.
  client.on('error', () => {});
  await client.connect();
  const em = {
    execute: async (sql: string, params: unknown[]) => {
      let index = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++index}`),
          params,
        )
      ).rows;
    },
  } as unknown as EntityManager;
  return {
    async commit(...events: EventMessage[]) {
      await client.query('begin');
      await transport.beforeCommit(em, events);
      await client.query('commit');
      await transport.afterCommit(events);
    },
    /** A new connection, after the server was restarted. */
    async reconnect() {
      await client.end().catch(() => {});
      client = new pg.Client({ connectionString: databaseUrl });
      client.on('error', () => {});
      await eventually(
        () =>
          client.connect().then(
            () => true,
            () => {
              client = new pg.Client({ connectionString: databaseUrl });
              client.on('error', () => {});
              return false;
            },
          ),
        'the committer reconnects',
      );
    },
    end: () => client.end(),
  };
}

const skipRedis = !redisServerAvailable();

describe.each([
  ['PostgreSQL NOTIFY', false],
  ['Redis', true],
])('events per office over %s', (_transport, overRedis) => {
  let database: TestDatabase;
  let redis: RedisServer | null = null;
  let publisher: EventBus;
  let listener: EventBus;
  let commits: Awaited<ReturnType<typeof committer>>;

  beforeAll(async () => {
    if (overRedis && skipRedis) return;
    database = await createTestDatabase();
    redis = overRedis ? await startRedisServer() : null;
    publisher = busOn(database.url, redis?.url ?? null);
    listener = busOn(database.url, redis?.url ?? null);
    commits = await committer(database.url, await publisher.start());
    await listener.start();
  });

  afterAll(async () => {
    await commits?.end();
    await listener?.stop();
    await publisher?.stop();
    await redis?.stop();
    await database?.drop();
  });

  /** Redis's own count of subscribers of an office's channel. */
  async function redisSubscribers(officeId: number): Promise<number> {
    const client = new Redis(redis!.url);
    try {
      const [, count] = (await client.pubsub('NUMSUB', redisChannelOf(officeId))) as [string, number];
      return count;
    } finally {
      client.disconnect();
    }
  }

  it.skipIf(overRedis && skipRedis)('a process whose subscribers follow office A receives and parses no event of office B', async () => {
    const a = follow(listener, officeA);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const parsedBefore = listener.counts.eventsParsed;
    for (let version = 1; version <= 50; version += 1) await commits.commit(queueChanged(officeB, version));
    await commits.commit(queueChanged(officeA, 1));
    await eventually(() => a.seen.length === 1, "A's event arrives");
    expect(a.seen[0]).toEqual({ officeId: officeA, version: 1 });
    expect(listener.counts.eventsParsed - parsedBefore).toBe(1);
    expect(listener.counts.eventsSkipped).toBe(0);
    // The publishing process follows no office: it hears nothing at all.
    expect(publisher.counts.eventsParsed + publisher.counts.eventsSkipped).toBe(0);
    await a.close();
  });

  // Only PostgreSQL's channels hold several offices (Redis has one per office): declared for it alone, never skipped.
  if (!overRedis)
    it('drops the events of another office of the PostgreSQL bucket without parsing them', async () => {
      const a = follow(listener, officeA);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = { ...listener.counts };
      for (let version = 1; version <= 5; version += 1) await commits.commit(queueChanged(officeBesideA, version));
      await commits.commit(queueChanged(officeA, 2));
      await eventually(() => a.seen.length === 1, "A's event arrives");
      expect(listener.counts.eventsParsed - before.eventsParsed).toBe(1);
      expect(listener.counts.eventsSkipped - before.eventsSkipped).toBe(5);
      await a.close();
    });

  it.skipIf(overRedis && skipRedis)("leaves an office's channel with its last subscriber only", async () => {
    const first = follow(listener, officeA);
    const second = follow(listener, officeA);
    const c = follow(listener, officeC);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listener.followedOffices().sort()).toEqual([officeA, officeC]);
    if (redis) expect(await redisSubscribers(officeA)).toBe(1);

    await first.close();
    expect(listener.followedOffices().sort()).toEqual([officeA, officeC]);
    await commits.commit(queueChanged(officeA, 3));
    await eventually(() => second.seen.length === 1, 'the remaining subscriber still hears A');

    await second.close();
    expect(listener.followedOffices()).toEqual([officeC]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (redis) expect(await redisSubscribers(officeA)).toBe(0);
    const before = { ...listener.counts };
    // Events of one publisher arrive in order: once C's is here, A's would have been.
    await commits.commit(queueChanged(officeA, 4));
    await commits.commit(queueChanged(officeC, 1));
    await eventually(() => c.seen.length === 1, "C's event arrives");
    expect(listener.counts.eventsParsed - before.eventsParsed).toBe(1);
    expect(listener.counts.eventsSkipped - before.eventsSkipped).toBe(0);
    await c.close();
  });
});

describe.skipIf(skipRedis)('office channels after Redis restarts', () => {
  let database: TestDatabase;
  let redis: RedisServer;
  let publisher: EventBus;
  let listener: EventBus;
  let commits: Awaited<ReturnType<typeof committer>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await startRedisServer();
    publisher = busOn(database.url, redis.url);
    listener = busOn(database.url, redis.url);
    commits = await committer(database.url, await publisher.start());
    await listener.start();
  });

  afterAll(async () => {
    await commits?.end();
    await listener?.stop();
    await publisher?.stop();
    await redis?.stop();
    await database?.drop();
  });

  it('subscribes again the offices followed once Redis is back, including those followed or left meanwhile', { timeout: 60_000 }, async () => {
    const a = follow(listener, officeA);
    const c = follow(listener, officeC);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await redis.kill();
    await eventually(() => !listener.listening, 'the listener notices');
    const b = follow(listener, officeB);
    await c.close();
    await redis.restart();
    await eventually(() => listener.listening && listener.counts.listenerReconnects === 1, 'the listener is back');
    await eventually(async () => (await publisherReady()) === true, 'the publisher is back');

    const numsub = new Redis(redis.url);
    const counts = (await numsub.pubsub('NUMSUB', redisChannelOf(officeA), redisChannelOf(officeB), redisChannelOf(officeC))) as (string | number)[];
    numsub.disconnect();
    expect(counts).toEqual([redisChannelOf(officeA), 1, redisChannelOf(officeB), 1, redisChannelOf(officeC), 0]);

    await commits.commit(queueChanged(officeA, 1), queueChanged(officeB, 1), queueChanged(officeC, 1));
    await eventually(() => a.seen.length === 1 && b.seen.length === 1, 'A and B are heard again');
    expect(c.seen).toEqual([]);
    await a.close();
    await b.close();
  });

  /** Whether a publish goes through now (the publisher reconnects on its own). */
  async function publisherReady(): Promise<boolean> {
    const before = publisher.counts.publishFailures;
    await commits.commit(queueChanged(999_999, 1));
    return publisher.counts.publishFailures === before;
  }
});

describe('office channels after PostgreSQL restarts', () => {
  let database: PostgresServer;
  let publisher: EventBus;
  let listener: EventBus;
  let commits: Awaited<ReturnType<typeof committer>>;

  beforeAll(async () => {
    database = await startPostgresServer();
    publisher = busOn(database.url, null);
    listener = busOn(database.url, null);
    commits = await committer(database.url, await publisher.start());
    await listener.start();
  }, 180_000);

  afterAll(async () => {
    await commits?.end().catch(() => {});
    await listener?.stop();
    await publisher?.stop();
    await database?.destroy();
  });

  it('listens again on the offices followed once PostgreSQL is back, including those followed or left meanwhile', { timeout: 120_000 }, async () => {
    const a = follow(listener, officeA);
    const c = follow(listener, officeC);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database.stop();
    await eventually(() => !listener.listening, 'the listener notices');
    const b = follow(listener, officeB);
    await c.close();
    await database.start();
    await eventually(() => listener.listening && listener.counts.listenerReconnects === 1, 'the listener is back');
    await commits.reconnect();

    const before = { ...listener.counts };
    await commits.commit(queueChanged(officeC, 1), queueChanged(officeA, 1), queueChanged(officeB, 1));
    await eventually(() => a.seen.length === 1 && b.seen.length === 1, 'A and B are heard again');
    expect(c.seen).toEqual([]);
    // C's channel was left while the server was away: nothing of it is heard, not even unparsed.
    expect(listener.counts.eventsSkipped - before.eventsSkipped).toBe(0);
    expect(listener.counts.eventsParsed - before.eventsParsed).toBe(2);
    await a.close();
    await b.close();
  });
});
