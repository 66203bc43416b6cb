import 'reflect-metadata';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog, templateCapacity } from '../app/catalog-loader';
import { entities } from '../app/entities';
import type { Catalog } from '../modules/catalog/dldb-catalog';
import { readDldbFolder } from '../modules/catalog/dldb-import';
import { demoCatalog } from '../modules/catalog/demo-catalog';
import { ConfigError, loadConfig } from '../platform/config';
import { migrate, openOrm } from '../platform/database';
import { withDatabaseUrl } from '../platform/embedded-postgres';
import { inTransaction } from '../platform/transaction';
import { systemClock } from '../platform/clock';

// Loads a catalogue into the database the app uses (DATABASE_URL, or the embedded server):
//   npm run seed -- --dldb <folder>   Berlin's DLDB export (services_de.json, locations_de.json)
//   npm run seed -- --demo            the product's demo offices
// Loading again updates offices and services in place and keeps their capacity rules.

const usage = 'Usage: npm run seed -- --dldb <folder> | --demo';

class UsageError extends Error {}

async function readCatalog(args: string[]): Promise<Catalog> {
  if (args.length === 1 && args[0] === '--demo') return demoCatalog;
  if (args.length === 2 && args[0] === '--dldb') {
    // npm runs the script in api/; a relative folder means one relative to where npm was called.
    const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[1]);
    const isFolder = await stat(folder).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isFolder) throw new UsageError(`DLDB import: ${folder} is not a folder`);
    try {
      return await readDldbFolder(folder);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  throw new UsageError(usage);
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Read the files first: a bad folder fails before any database starts.
  const catalog = await readCatalog(process.argv.slice(2));
  const started = performance.now();
  // Direct, as the migrations' lock must be; a one-off load needs no pooler.
  await withDatabaseUrl(config.databaseDirectUrl ?? config.databaseUrl, config.embeddedDataDir, async (databaseUrl) => {
    await migrate(databaseUrl, entities);
    const orm = await openOrm(databaseUrl, entities);
    try {
      const loadStarted = performance.now();
      const now = systemClock.now();
      const counts = await inTransaction(orm.em, (em) => loadCatalog(em, catalog, { now, template: templateCapacity(config.importTemplate) }));
      const seconds = (at: number) => ((performance.now() - at) / 1000).toFixed(1);
      console.log(`Loaded ${counts.offices} offices, ${counts.services} services and ${counts.slots} slots in ${seconds(loadStarted)} s (${seconds(started)} s with start-up and migrations).`);
    } finally {
      await orm.close();
    }
  });
}

try {
  await main();
} catch (error) {
  // Bad input or configuration is the user's to fix: say what, without a stack trace.
  const expected = error instanceof UsageError || error instanceof ConfigError;
  console.error(expected ? (error as Error).message : error);
  // exitCode, not exit(): output to a pipe is written asynchronously and would be cut off.
  process.exitCode = 1;
}
