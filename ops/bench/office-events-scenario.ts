import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { EventBus as Bus, EventTransport } from '../../api/src/platform/events/event-bus';
import { Topic, type EventMessage } from '../../api/src/platform/events/topics';
import { startRedisServer } from '../../api/test/faults/redis-server';

// Issue 22, item 5: what one API process parses of an installation's events when its subscribers
// follow one office of 1,000. Two buses stand for two processes: one commits events of every
// office in turn, the other has one subscription, to office 1; the committing one has none.
// Counted: the JSON messages the two parsed (neither pg nor ioredis parses a notification: every
// JSON.parse call is a bus's), and the time until the followed office's last event was heard.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<scratch> node --import tsx ops/bench/office-events-scenario.ts
//
// Redis runs as a server of the scenario's own (events of office 1 must not reach anyone else's
// subscribers on a shared Redis). EVENT_BUS_MODULE names another build of the bus to compare.

const offices = 1000;
const rounds = Number(process.env.ROUNDS ?? 5);
const followed = 1;

type BusModule = { EventBus: new (options: ConstructorParameters<typeof Bus>[0]) => Bus };

async function committer(databaseUrl: string, transport: EventTransport) {
  const client = new pg.Client({ connectionString: databaseUrl });
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
    async commit(event: EventMessage) {
      await client.query('begin');
      await transport.beforeCommit(em, [event]);
      await client.query('commit');
      await transport.afterCommit([event]);
    },
    end: () => client.end(),
  };
}

async function measure(module: BusModule, databaseUrl: string, redisUrl: string | null) {
  const options = { databaseUrl, redisUrl, backoff: { minMs: 50, maxMs: 400 }, probeIntervalMs: 10_000, log: () => {} };
  const publisher = new module.EventBus(options);
  const listener = new module.EventBus(options);
  const commits = await committer(databaseUrl, await publisher.start());
  await listener.start();
  const iterator = listener.subscribe(Topic.queueChanged, followed)[Symbol.asyncIterator]();
  let heard = 0;
  let last = 0;
  const reading = (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      heard += 1;
      last = next.value.version;
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 300));

  const parse = JSON.parse;
  let parsed = 0;
  JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
    parsed += 1;
    return parse(...args);
  };
  const started = Date.now();
  for (let round = 1; round <= rounds; round += 1) {
    // The followed office last in each round: once its last event is heard, all were delivered.
    for (let officeId = followed + 1; officeId <= offices; officeId += 1) await commits.commit({ topic: Topic.queueChanged, payload: { officeId, version: round } });
    await commits.commit({ topic: Topic.queueChanged, payload: { officeId: followed, version: round } });
  }
  while (last < rounds) await new Promise((resolve) => setTimeout(resolve, 10));
  const seconds = (Date.now() - started) / 1000;
  JSON.parse = parse;

  await iterator.return?.();
  await reading;
  await commits.end();
  await listener.stop();
  await publisher.stop();
  return { published: offices * rounds, parsed, heard, seconds };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL names a scratch database');
  const module = (await import(process.env.EVENT_BUS_MODULE ?? '../../api/src/platform/events/event-bus')) as BusModule;
  const redis = await startRedisServer();
  try {
    for (const [transport, redisUrl] of [
      ['PostgreSQL NOTIFY', null],
      ['Redis', redis.url],
    ] as const) {
      const result = await measure(module, databaseUrl, redisUrl);
      console.log(
        `${transport}: ${result.published} events of ${offices} offices, 1 followed by one process, none by the other: ${result.parsed} parsed by the two processes, ${result.heard} delivered to its subscription, ${result.seconds.toFixed(1)} s`,
      );
    }
  } finally {
    await redis.stop();
  }
}

await main();
