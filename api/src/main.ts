import 'reflect-metadata';
import { startApp } from './platform/app';
import { ConfigError, loadConfig } from './platform/config';

try {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`ZMS API listening on ${app.url}/graphql`);
  // One place shuts down: the servers drain, then the database (embedded or not) is let go.
  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    app.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  // A signal may arrive twice (a wrapper relays it as well); stopping is idempotent.
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
