import 'reflect-metadata';
import { ConfigError, loadConfig } from '../platform/config';
import { migrate } from '../platform/database';
import { entities } from '../app/entities';
import { withDatabaseUrl } from '../platform/embedded-postgres';

// Applies pending migrations to DATABASE_DIRECT_URL (else DATABASE_URL), or to the embedded database of `npm start`.
try {
  const config = loadConfig();
  const applied = await withDatabaseUrl(config.databaseDirectUrl ?? config.databaseUrl, config.embeddedDataDir, (databaseUrl) => migrate(databaseUrl, entities));
  console.log(applied.length > 0 ? `Applied ${applied.join(', ')}` : 'No pending migrations.');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  // exitCode, not exit(): output to a pipe is written asynchronously and would be cut off.
  process.exitCode = 1;
}
