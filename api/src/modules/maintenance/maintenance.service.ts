import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { maintenanceRefusal, retryAfterSeconds, type MaintenanceState } from '../../domain/maintenance/maintenance-gate';
import type { Clock } from '../../platform/clock';
import { InvalidInput } from '../../platform/graphql/errors';
import type { ServiceGate } from '../../platform/graphql/service-gate';
import { authorize, type RequestContext } from '../../platform/request-context';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { MaintenanceModeView, type SetMaintenanceModeInput } from './maintenance.types';

interface MaintenanceRow {
  active: boolean;
  message: string;
  expected_end_at: Date | null;
  changed_at: Date | null;
}

/** Raw queries answer instants as text. */
const instant = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/**
 * The row, read anew for every operation a citizen or partner sends: one primary-key read of a
 * one-row table, and every API process sees a change with the next request, whichever process
 * made it. Staff and devices, whom maintenance never stops, skip the read.
 */
async function readState(em: EntityManager): Promise<MaintenanceRow> {
  const [row] = await em.execute<MaintenanceRow[]>('select active, message, expected_end_at, changed_at from maintenance_mode where id = 1');
  return row ?? { active: false, message: '', expected_end_at: null, changed_at: null };
}

function stateOf(row: MaintenanceRow): MaintenanceState {
  return { active: row.active, message: row.message, expectedEndAt: instant(row.expected_end_at) };
}

function viewOf(row: MaintenanceRow, now: Date): MaintenanceModeView {
  const expectedEndAt = instant(row.expected_end_at);
  return Object.assign(new MaintenanceModeView(), { active: row.active, message: row.message, expectedEndAt, changedAt: instant(row.changed_at), retryAfterSeconds: row.active ? retryAfterSeconds(expectedEndAt, now) : null });
}

export class MaintenanceService {
  /** The gate every operation passes before it runs, HTTP and sockets alike (`em` a fresh fork, `clock` the server's). */
  gate(em: () => EntityManager, clock: Clock): ServiceGate {
    return {
      refusal: async (principal, rootFields) => {
        if (principal.kind === 'staff' || principal.kind === 'device') return null;
        return maintenanceRefusal(stateOf(await readState(em())), principal.kind, rootFields, clock.now());
      },
    };
  }

  /** Public: the portal's maintenance page reads it to come back by itself. */
  async maintenanceMode(ctx: RequestContext): Promise<MaintenanceModeView> {
    return viewOf(await readState(ctx.em), ctx.clock.now());
  }

  async setMaintenanceMode(ctx: RequestContext, input: SetMaintenanceModeInput): Promise<MaintenanceModeView | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    const now = ctx.clock.now();
    const expectedEndAt = input.active ? (input.expectedEndAt ?? null) : null;
    if (expectedEndAt !== null && expectedEndAt <= now) return new InvalidInput([{ field: 'expectedEndAt', message: 'The expected end must lie ahead.' }]);
    const message = input.message.trim();
    return inTransaction(ctx.em, async (em) => {
      const [row] = await em.execute<MaintenanceRow[]>(
        `insert into maintenance_mode (id, active, message, expected_end_at, changed_at) values (1, ?, ?, ?, ?)
         on conflict (id) do update set active = excluded.active, message = excluded.message, expected_end_at = excluded.expected_end_at, changed_at = excluded.changed_at
         returning active, message, expected_end_at, changed_at`,
        [input.active, message, expectedEndAt, now],
      );
      await audit(em, ctx, 'setMaintenanceMode', null, { active: input.active, message, expectedEndAt: expectedEndAt?.toISOString() ?? null });
      return viewOf(row, now);
    });
  }
}
