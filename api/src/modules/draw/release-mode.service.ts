import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { localDateOf } from '../../domain/calendar/local-date';
import { DrawStatus } from '../../domain/draw/draw-lifecycle';
import { ReleaseMode } from '../../domain/draw/release-gate';
import { InvalidInput, NotFound, badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { managedOffice } from '../catalog/managed-office';
import { announceAvailability } from '../slots/availability-events';
import { ServiceReleaseView, type SetServiceReleaseModeInput } from './release-mode.types';

/** The most offices one serviceReleases request may name. */
const maxOffices = 100;

/** Draws that still allocate days of a service at an office: while one runs, the office stays in draw mode. */
const unfinishedDraws = [DrawStatus.scheduled, DrawStatus.open, DrawStatus.drawn];

interface ReleaseRow {
  office_id: number;
  service_id: number;
  mode: ReleaseMode;
  released_until: string | null;
}

const viewOf = (row: ReleaseRow): ServiceReleaseView => Object.assign(new ServiceReleaseView(), { officeId: row.office_id, serviceId: row.service_id, mode: row.mode, releasedUntil: row.released_until });

/**
 * A draw released its days at an office: first-come booking of the service opens up to
 * `localDate` (never back: the latest release wins), and availability answers anew. Raises the
 * office's version, so call it last in the transaction, offices in id order (docs/adr/0002).
 */
export async function markReleasedUntil(em: EntityManager, officeId: number, serviceId: number, localDate: string): Promise<void> {
  await raiseReleasedUntil(em, officeId, serviceId, localDate);
  await announceAvailability(em, officeId, 'calendar');
}

/**
 * The first half of markReleasedUntil, for a caller that must lock slots (offer the leftovers to
 * the waitlist) before it announces, as the lock order wants (docs/adr/0002-lock-order.md).
 */
export async function raiseReleasedUntil(em: EntityManager, officeId: number, serviceId: number, localDate: string): Promise<void> {
  // greatest() ignores null: a first release sets the day.
  await em.execute('update service_release set released_until = greatest(released_until, ?::date) where office_id = ? and service_id = ? and mode = ?', [localDate, officeId, serviceId, ReleaseMode.draw]);
}

/** Release modes: which services an office hands out by draw, and up to which day first come still books them. */
export class ReleaseModeService {
  /** Public, as the catalogue is: every service of each office with its mode (firstCome where never set). */
  async serviceReleases(ctx: RequestContext, officeIdTexts: string[]): Promise<ServiceReleaseView[]> {
    if (officeIdTexts.length > maxOffices) throw badUserInput(`Name at most ${maxOffices} offices.`);
    const officeIds = officeIdTexts.map(parseId).filter((id) => id !== null);
    const rows = await ctx.em.execute<ReleaseRow[]>(
      `select os.office_id, os.service_id, coalesce(sr.mode, ?) as mode, case when sr.mode = ? then sr.released_until::text end as released_until
         from office_service os left join service_release sr on sr.office_id = os.office_id and sr.service_id = os.service_id
        where os.office_id = any(?::bigint[])
        order by os.office_id, os.service_id`,
      [ReleaseMode.firstCome, ReleaseMode.draw, sqlArray(officeIds)],
    );
    return rows.map(viewOf);
  }

  /**
   * Switching to draw keeps today's days bookable (released until the office's today) and leaves
   * later ones to draws; switching back opens every day at once. Audited; raises the office's
   * version, so no cached availability outlives the switch.
   */
  async setServiceReleaseMode(ctx: RequestContext, input: SetServiceReleaseModeInput): Promise<ServiceReleaseView | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId);
      if (office instanceof NotFound) return office;
      const serviceId = parseId(input.serviceId);
      const [offered] = serviceId === null ? [] : await em.execute('select 1 from office_service where office_id = ? and service_id = ?', [office.id, serviceId]);
      if (!offered) return new NotFound('The office does not offer this service.');
      const now = ctx.clock.now();
      if (input.mode === ReleaseMode.firstCome) {
        const [running] = await em.execute<{ id: number }[]>(
          `select d.id from draw d where d.service_id = ? and d.status = any(?::text[]) and exists (select 1 from jsonb_array_elements_text(d.office_ids) e where e.value = ?::text) limit 1`,
          [serviceId, sqlArray(unfinishedDraws), office.id],
        );
        if (running) return new InvalidInput([{ field: 'mode', message: 'A draw of this service at this office has not been released yet: cancel it or wait for its release first.' }]);
      }
      const releasedUntil = input.mode === ReleaseMode.draw ? localDateOf(now, office.timeZone) : null;
      // An upsert, so that two admins switching at once do not collide; staying in draw mode keeps what draws released.
      const [row] = await em.execute<ReleaseRow[]>(
        `insert into service_release (office_id, service_id, mode, released_until, updated_at) values (?, ?, ?, ?, ?)
         on conflict (office_id, service_id) do update
           set released_until = case when service_release.mode = excluded.mode then service_release.released_until else excluded.released_until end,
               mode = excluded.mode, updated_at = excluded.updated_at
         returning office_id, service_id, mode, released_until::text as released_until`,
        [office.id, serviceId, input.mode, releasedUntil, now],
      );
      await audit(em, ctx, 'setServiceReleaseMode', office.id, { serviceId, mode: input.mode, releasedUntil: row.released_until });
      // Last: the office's row stays locked from here to the commit.
      await announceAvailability(em, office.id, 'calendar');
      return viewOf(row);
    });
  }
}
