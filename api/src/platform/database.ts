import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrationsList } from '../migrations';
import { Appointment, AppointmentService } from '../modules/booking/appointment.entity';
import { SlotClaim } from '../modules/slots/slot-claim.entity';
import { CapacityRule } from '../modules/capacity/capacity-rule.entity';
import { Closure } from '../modules/capacity/closure.entity';
import { Slot } from '../modules/slots/slot.entity';
import { Counter } from '../modules/catalog/counter.entity';
import { OfficeGroup } from '../modules/catalog/office-group.entity';
import { Address, Office, OfficeSettings } from '../modules/catalog/office.entity';
import { Organisation } from '../modules/catalog/organisation.entity';
import { OfficeService, SearchSynonym, Service, ServiceTranslation } from '../modules/catalog/service.entity';
import { ApiKey, AuditEntry, Device, OfficeMembership, StaffAccount, StaffSession } from '../modules/accounts/account.entity';
import { CounterSession, QueueCall, QueueEntry, QueueStatistic, TicketDay } from '../modules/queue/queue.entity';
import { Job } from './jobs/job.entity';
import { OutboxMessage } from '../modules/notifications/outbox.entity';
import { WaitlistEntry, WaitlistOffer } from '../modules/waitlist/waitlist.entity';

// Calendar days stay strings: a JS Date at local midnight would shift them by the host's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const entities = [Organisation, Office, Address, OfficeSettings, Service, ServiceTranslation, SearchSynonym, OfficeService, Counter, OfficeGroup, CapacityRule, Closure, Slot, Appointment, AppointmentService, SlotClaim, Job, StaffAccount, OfficeMembership, StaffSession, ApiKey, Device, AuditEntry, QueueEntry, TicketDay, CounterSession, QueueCall, QueueStatistic, OutboxMessage, WaitlistEntry, WaitlistOffer];

const migrationsPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

/**
 * `forMigrationAuthoring`: the snapshot of the schema that the next migration is diffed against is
 * read and written only when a migration is being written; applying migrations (every start, every
 * test database) would otherwise rewrite the committed snapshot from the entities.
 */
export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}, forMigrationAuthoring = false): Options {
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

export async function openOrm(databaseUrl: string, forMigrationAuthoring = false): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, {}, forMigrationAuthoring));
}

/** Key of the session-level advisory lock that serialises migrations of concurrent starts. */
const migrationLockKey = 7_411_115;

/** Applies pending migrations; processes starting at once wait for each other instead of racing. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [migrationLockKey]);
    const orm = await openOrm(databaseUrl);
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
