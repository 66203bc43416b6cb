import 'reflect-metadata';
import { openOrm } from '../platform/database';
import { entities } from '../app/entities';

// Diffs the entities against the committed snapshot and writes the next migration into
// src/migrations; add it to src/migrations/index.ts and commit both with the snapshot.
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL must point at a scratch database that has every committed migration applied.');
  process.exit(1);
}
const orm = await openOrm(databaseUrl, entities, { forMigrationAuthoring: true });
const result = await orm.getMigrator().createMigration();
console.log(result.fileName ? `Wrote ${result.fileName}` : 'No changes: the entities match the snapshot.');
await orm.close();
