import 'reflect-metadata';
import { startApp } from './platform/app';
import { ConfigError, loadConfig } from './platform/config';
import { createLogger } from './platform/observability';

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  logger.info(
    `ZMS listening on ${app.url} (portal ${app.url}/portal/, counter app ${app.url}/staff/, call display ${app.url}/display/, kiosk ${app.url}/kiosk/, API ${app.url}/graphql, explorer ${app.url}/explorer/)`,
  );
  if (app.mailboxUrl) logger.info(`development mailbox ${app.mailboxUrl} (${config.mail.smtpUrl ? 'mails also go out over SMTP' : 'no SMTP_URL: mails stay there'})`);
  // One place shuts down: the servers drain, then the database (embedded or not) is let go.
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    app.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
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
