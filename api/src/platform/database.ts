import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrationsList } from '../migrations';

// Calendar days stay strings: a JS Date at local midnight would shift them by the host's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// Keys are 64-bit; they come back as numbers, as 32-bit keys did, and so do counts. JavaScript
// holds integers exactly up to 2⁵³, which no sequence here reaches in centuries: past it, a
// statement fails rather than answer a rounded key.
function exactInteger(text: string): number {
  const integer = Number(text);
  if (!Number.isSafeInteger(integer)) throw new RangeError(`${text} is beyond the integers JavaScript holds exactly`);
  return integer;
}
pg.types.setTypeParser(pg.types.builtins.INT8, exactInteger);
/** bigint[] (one dimension, as ours are): the elements as the scalar parser reads them. */
const int8ArrayOid = 1016 as unknown as typeof pg.types.builtins.INT8; // pg-types names no array OIDs
pg.types.setTypeParser(int8ArrayOid, (text) =>
  text === '{}'
    ? []
    : text
        .slice(1, -1)
        .split(',')
        .map((element) => (element === 'NULL' ? null : exactInteger(element))),
);

/** The entity classes the ORM knows: the composition root lists the modules' (api/src/app/entities.ts). */
export type EntityList = NonNullable<Options['entities']>;

const migrationsPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

/**
 * `forMigrationAuthoring`: the snapshot of the schema that the next migration is diffed against is
 * read and written only when a migration is being written; applying migrations (every start, every
 * test database) would otherwise rewrite the committed snapshot from the entities.
 */
export function ormOptions(databaseUrl: string, entities: EntityList, overrides: Partial<Options> = {}, forMigrationAuthoring = false): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    pool: { min: 0, max: 20 },
    // Discovery reads the explicit types of the decorators: esbuild (tsx) emits no metadata.
    discovery: { requireEntitiesArray: true },
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: forMigrationAuthoring,
      snapshotName: '.snapshot',
      emit: 'ts',
      silent: true,
    },
    ...overrides,
  });
}

/**
 * `poolMax`: connections the ORM opens at most (DATABASE_POOL_MAX). Its statements may go through
 * PgBouncer in transaction mode: unnamed statements only, and session state never outlives a
 * transaction (advisory locks are `pg_advisory_xact_lock`, settings `set local`).
 */
export async function openOrm(databaseUrl: string, entities: EntityList, options: { poolMax?: number; forMigrationAuthoring?: boolean } = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, entities, options.poolMax === undefined ? {} : { pool: { min: 0, max: options.poolMax } }, options.forMigrationAuthoring));
}

/** Key of the session-level advisory lock that serialises migrations of concurrent starts. */
const migrationLockKey = 7_411_115;

/**
 * Applies pending migrations; processes starting at once wait for each other instead of racing.
 * The lock is the session's: `databaseUrl` must reach PostgreSQL directly (DATABASE_DIRECT_URL), not
 * through PgBouncer in transaction mode, which would hand the session to other clients.
 */
export async function migrate(databaseUrl: string, entities: EntityList): Promise<string[]> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [migrationLockKey]);
    const orm = await openOrm(databaseUrl, entities);
    try {
      const applied = await orm.getMigrator().up();
      return applied.map((migration) => migration.name);
    } finally {
      await orm.close();
    }
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
    await lock.end();
  }
}
