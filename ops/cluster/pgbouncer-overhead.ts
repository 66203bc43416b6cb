import pg from 'pg';
import { startPgBouncer } from '../test-kit/src/pgbouncer';

// What PgBouncer in transaction mode costs on this machine (docs/operations.md, "Connections"):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<scratch database> node --import tsx ops/cluster/pgbouncer-overhead.ts
// 40 clients run short transactions (a read and a transaction-scoped advisory lock, as a booking
// takes them) on 40 direct connections, then through PgBouncer on 4 server connections; rounds
// alternate, since a shared machine's load drifts.
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL names a scratch database (a table "pgbouncer_overhead" is created in it)');
const clients = 40;
const transactionsPerClient = 100;

async function transactionsPerSecond(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let transaction = 0; transaction < transactionsPerClient; transaction += 1) {
        const connection = await pool.connect();
        try {
          await connection.query('begin');
          await connection.query('select n from pgbouncer_overhead where id = 1');
          await connection.query('select pg_advisory_xact_lock($1)', [client]);
          await connection.query('commit');
        } finally {
          connection.release();
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return (clients * transactionsPerClient) / seconds;
}

const setup = new pg.Client({ connectionString: databaseUrl });
await setup.connect();
await setup.query('create table if not exists pgbouncer_overhead (id int primary key, n int not null)');
await setup.query('insert into pgbouncer_overhead values (1, 0) on conflict do nothing');
await setup.end();
const bouncer = await startPgBouncer(databaseUrl, { poolSize: 4 });
try {
  for (let round = 1; round <= 5; round += 1) {
    const direct = await transactionsPerSecond(databaseUrl);
    const through = await transactionsPerSecond(bouncer.url);
    console.log(`round ${round}: ${direct.toFixed(0)} transactions/s directly, ${through.toFixed(0)} through PgBouncer (${(through / direct).toFixed(2)}×)`);
  }
} finally {
  await bouncer.stop();
}
