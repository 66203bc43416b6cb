import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { drawResultRouter } from '../modules/draw/draw-result';
import { mailboxRouter } from '../modules/notifications/mailbox-page';
import { bookingWidgetRouter, clientAppRouter, clientApps } from '../platform/client-apps';
import { ControlledClock, type Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import type { EventBus } from '../platform/events/event-bus';
import { IdCodec } from '../platform/graphql/ids';
import type { JobRunner } from '../platform/jobs/job-queue';
import type { Metrics } from '../platform/observability';

/** How long /readyz waits for the database before it answers "not ready". */
const readinessTimeoutMs = 2000;

/** Test-only routes: set the clock of this process and run due jobs, so tests never sleep. */
function testRoutes(clock: ControlledClock, jobs: JobRunner): express.Router {
  const router = express.Router();
  router.get('/clock', (_req, res) => {
    res.json({ now: clock.now().toISOString() });
  });
  router.post('/clock', express.json(), (req, res) => {
    const { now, advanceMinutes } = req.body ?? {};
    if (typeof now === 'string' && !Number.isNaN(Date.parse(now))) clock.set(new Date(now));
    else if (typeof advanceMinutes === 'number') clock.advance(advanceMinutes);
    else {
      res.status(400).json({ error: 'give now (ISO instant) or advanceMinutes' });
      return;
    }
    res.json({ now: clock.now().toISOString() });
  });
  router.post('/jobs/run', async (_req, res) => {
    res.json({ ran: await jobs.runDue() });
  });
  return router;
}

export interface OperationsRoutesOptions {
  config: AppConfig;
  orm: MikroORM;
  bus: EventBus;
  metrics: Metrics;
  clock: Clock;
  jobs: JobRunner;
}

/** Whether the development mailbox is served: never in production, where mails hold contact data. */
export function servesMailbox(config: AppConfig): boolean {
  return config.environment !== 'production';
}

/**
 * What operators and tests reach beside the API: health, readiness, metrics, the test clock and
 * the development mailbox.
 */
export function operationsRoutes({ config, orm, bus, metrics, clock, jobs }: OperationsRoutesOptions): express.Router {
  const router = express.Router();
  // Liveness: the process answers. Readiness: it reaches its database and hears events.
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    // While the database is away a pool waits long for a connection: readiness answers sooner.
    const probe = orm.em
      .fork()
      .execute('select 1')
      .then(
        () => true,
        () => false,
      );
    const database = await Promise.race([probe, new Promise<false>((resolve) => setTimeout(() => resolve(false), readinessTimeoutMs).unref())]);
    const ready = database && bus.listening;
    res.status(ready ? 200 : 503).json({ ready, database, events: bus.listening });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  if (clock instanceof ControlledClock) router.use('/test', testRoutes(clock, jobs));
  // A draw's published result, for anyone to recompute its order (ops/draw/verify-draw.mjs); the codec of the same key spells the same ids.
  router.use(drawResultRouter(orm, new IdCodec(config.notifications.linkSecret)));
  // Without an SMTP server a newcomer still sees the mails.
  if (servesMailbox(config)) router.use('/dev/mailbox', mailboxRouter(orm));
  return router;
}

/** The built apps under their paths, the booking widget, and the bare address, where citizens who type it want to book. */
export function pageRoutes(): express.Router {
  const router = express.Router();
  for (const clientApp of clientApps) router.use(clientAppRouter(clientApp));
  router.use(bookingWidgetRouter());
  router.get('/', (_req, res) => {
    res.redirect(302, 'portal/');
  });
  return router;
}
