import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '@zms/api/src/platform/embedded-postgres';
import { apiRoot } from './workspace';

let embedded: RunningPostgres | null = null;

/** The template is named after the migrations it holds, so a changed migration builds a new one. */
async function templateName(): Promise<string> {
  const folder = path.join(apiRoot, 'src/migrations');
  const hash = createHash('sha256');
  for (const file of (await fs.readdir(folder)).sort()) hash.update(file).update(await fs.readFile(path.join(folder, file)));
  return `zms_template_${hash.digest('hex').slice(0, 12)}`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * One PostgreSQL for the run (DATABASE_URL's server, or an embedded one) and one migrated
 * template database on it; every test file then copies the template into a database of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(path.join(apiRoot, '../.data/test-postgres'));
    serverUrl = embedded.url;
  }
  const template = await templateName();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(7411116)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`drop database if exists ${building}`);
      await admin.query(`create database ${building}`);
      const [{ migrate }, { entities }] = await Promise.all([import('@zms/api/src/platform/database'), import('@zms/api/src/app/entities')]);
      await migrate(withDatabase(serverUrl, building), entities);
      await admin.query(`alter database ${building} rename to ${template}`);
    }
    await admin.query('select pg_advisory_unlock(7411116)');
  } finally {
    await admin.end();
  }
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await embedded?.stop();
  };
}
