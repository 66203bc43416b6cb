import 'reflect-metadata';
import os from 'node:os';
import pg from 'pg';
import { hasEnabledAdmin, issueSetupToken, setupLink, setupTokenHours } from './modules/accounts/setup-tokens';
import { ConfigError, loadConfig, type AppConfig } from './platform/config';
import { startEmbeddedPostgres } from './platform/embedded-postgres';
import type { Logger } from './platform/observability';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const wildcardHosts = new Set(['0.0.0.0', '::', '[::]']);

/** This machine's address in its network, as a phone there would reach it. */
function lanAddress(): string | null {
  const addresses = Object.values(os.networkInterfaces()).flatMap((entries) => entries ?? []);
  return addresses.find((address) => address.family === 'IPv4' && !address.internal)?.address ?? null;
}

/**
 * Outside production, how phones and other machines reach the server (the kiosk's QR codes and the
 * links in mails start with PUBLIC_BASE_URL), when it listens on this machine only or its links
 * name no host that a phone can open.
 */
function reachabilityHint(config: AppConfig, port: string): string | null {
  if (config.environment === 'production') return null;
  const suggestion = `HOST=0.0.0.0 PUBLIC_BASE_URL=http://${lanAddress() ?? '<this machine’s address in its network>'}:${port} npm start`;
  if (loopbackHosts.has(config.host)) return `only this machine reaches ${config.host}; for phones and other machines in your network (the kiosk's QR codes, links in mails) start it with ${suggestion}`;
  const linkHost = new URL(config.publicBaseUrl).hostname;
  if (loopbackHosts.has(linkHost) || wildcardHosts.has(linkHost)) return `links (the kiosk's QR codes, mails) point at ${config.publicBaseUrl}, which no phone can open: start it with ${suggestion}`;
  return null;
}

/**
 * Without an admin, a one-time link that creates the first one, printed on the terminal only:
 * never through the logger, and in production only when someone watches (else the logs say how to
 * get one), so that no log holds it.
 */
async function offerSetupLink(config: AppConfig, databaseUrl: string, baseUrl: string, logger: Logger): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    if (await hasEnabledAdmin(db)) return;
    if (config.environment === 'production' && !process.stderr.isTTY) {
      logger.warn('no admin yet: `npm run accounts -- setup-link` prints a one-time link that creates the first one');
      return;
    }
    const token = await issueSetupToken(db, new Date());
    if (token === null) return;
    console.error(
      [
        '',
        `  No admin yet. Create the first one within ${setupTokenHours} hours at (the link works once; each start prints a new one):`,
        '',
        `    ${setupLink(baseUrl, token)}`,
        '',
        '  Or start with BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD.',
        '',
      ].join('\n'),
    );
  } finally {
    await db.end();
  }
}

try {
  const config = loadConfig();
  // The embedded PostgreSQL boots while the app's modules load: each takes seconds on a loaded machine.
  // What PostgreSQL reports before the logger is there waits for it.
  const early: string[] = [];
  let warn: (line: string) => void = (line) => early.push(line);
  const embedded = config.databaseUrl === null ? startEmbeddedPostgres(config.embeddedDataDir, (line) => warn(line)) : null;
  // Before the app's modules load, so that their packages are instrumented; without a collector not even loaded.
  const tracing = config.tracing ? await (await import('./platform/tracing-sdk')).startTracing(config.tracing) : null;
  const [{ startApp }, { createLogger }] = await Promise.all([import('./app/server'), import('./platform/observability')]);
  const logger = createLogger(config.logLevel);
  warn = (line) => logger.warn(line);
  for (const line of early.splice(0)) warn(line);
  const database = await embedded;
  if (database) logger.info(`embedded PostgreSQL started, data in ${config.embeddedDataDir}`);
  const app = await startApp(database ? { ...config, databaseUrl: database.url } : config, logger).catch(async (error) => {
    await database?.stop();
    throw error;
  });
  logger.info(`ZMS listening on ${app.url} (portal ${app.url}/portal/, counter app ${app.url}/staff/, call display ${app.url}/display/, kiosk ${app.url}/kiosk/, API ${app.url}/graphql, explorer ${app.url}/explorer/)`);
  const port = new URL(app.url).port;
  const hint = reachabilityHint(config, port);
  if (hint) logger.info(hint);
  if (app.mailboxUrl) logger.info(`development mailbox ${app.mailboxUrl} (${config.mail.smtpUrl ? 'mails also go out over SMTP' : 'no SMTP_URL: mails stay there'})`);
  // Links name PUBLIC_BASE_URL where it is set; the default names the port asked for, which may be 0.
  const defaultBaseUrl = `http://${config.host}:${config.port}`;
  await offerSetupLink(config, app.databaseUrl, config.publicBaseUrl === defaultBaseUrl ? app.url : config.publicBaseUrl, logger).catch((error) => logger.error({ err: error }, 'could not offer a setup link'));
  // One place shuts down: the servers drain, then the database (embedded or not) is let go.
  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    (stopping ??= app.stop().then(async () => {
      await database?.stop();
      await tracing?.shutdown();
    })).then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // A signal may arrive twice (a wrapper relays it as well): the second waits for the first.
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
