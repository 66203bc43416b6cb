import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import { JobKind } from '../platform/jobs/job-queue';
import { inTransaction } from '../platform/transaction';
import { loadDemoCatalogIfEmpty, templateCapacity } from './catalog-loader';
import type { Services } from './services';

/** Key of the transaction-level advisory lock that serialises the start-up work of processes. */
const startupLockKey = 7_411_117;

/**
 * What a start does to the data, in one transaction: the demo catalogue and the first admin where
 * configured, and the jobs that every office and the whole installation keep running.
 */
export async function seedOnStart(root: EntityManager, config: AppConfig, services: Pick<Services, 'accounts'>, clock: Clock, log: (message: string) => void): Promise<void> {
  await inTransaction(root, async (em) => {
    // Processes starting together take turns: only one seeds the demo data and the first admin.
    await em.execute('select pg_advisory_xact_lock(?)', [startupLockKey]);
    if (config.seedDemoData && (await loadDemoCatalogIfEmpty(em, { now: clock.now(), template: templateCapacity(config.importTemplate) }))) log('loaded the demo offices and services');
    if (config.bootstrapAdmin && (await services.accounts.ensureBootstrapAdmin(em, config.bootstrapAdmin.username, config.bootstrapAdmin.password, clock.now()))) {
      log(`created the admin account ${config.bootstrapAdmin.username}`);
    }
    // Every office keeps its window moving; after downtime this is due at once and catches up.
    for (const kind of [JobKind.extendWindow, JobKind.endDay]) {
      await em.execute(`insert into job (kind, key, run_at) select ?, id::text, ? from office on conflict (kind, key) do nothing`, [kind, clock.now()]);
    }
    for (const kind of [JobKind.housekeeping, JobKind.retention]) {
      await em.execute(`insert into job (kind, key, run_at) values (?, 'all', ?) on conflict (kind, key) do nothing`, [kind, clock.now()]);
    }
  });
}
