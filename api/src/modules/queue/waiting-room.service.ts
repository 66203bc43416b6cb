import type { EntityManager } from '@mikro-orm/postgresql';
import { Repeater } from '@repeaterjs/repeater';
import type { ClosedRange } from '../../domain/calendar/closures';
import { addDays, localDateOf } from '../../domain/calendar/local-date';
import { closedDays, nextOpening, nextOpeningHorizonDays } from '../../domain/calendar/opening-times';
import { QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { CoalescedReads } from '../../platform/coalesced-reads';
import { Topic } from '../../platform/events/topics';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import type { RequestContext } from '../../platform/request-context';
import { computeQueue, type QueueQueries } from './queue-read-model';
import { isOpen } from './queue-rows';
import { WaitingRoom, WaitingRoomOffice } from './waiting-room.types';

/**
 * What the call displays and kiosks of a waiting room show besides the calls: per office the
 * message line, the waiting figures, whether a kiosk may issue tickets now or when it opens, and
 * which called numbers are withdrawn. The same rights as the calls (viewCalls), checked by the
 * queue's `displayedOffices`.
 */
export class WaitingRoomService {
  /**
   * Every display of an office asks for its state after each change: those asking while one
   * computation runs share the next (never an older one), and get the same object, so that the
   * shared execution of their subscriptions answers them all at once.
   */
  private readonly states = new CoalescedReads<number, WaitingRoomOffice>();

  constructor(private readonly queries: QueueQueries) {}

  /** A device that names neither office nor group gets the one it serves. */
  async waitingRoom(ctx: RequestContext, officeIdText: string | null | undefined, groupIdText: string | null | undefined): Promise<WaitingRoom> {
    let scope = { officeId: officeIdText ?? null, groupId: groupIdText ?? null };
    if (!scope.officeId && !scope.groupId && ctx.principal.kind === 'device') {
      const [device] = await ctx.em.execute<{ office_id: number | null; group_id: number | null }[]>('select office_id, group_id from device where id = ?', [ctx.principal.deviceId]);
      scope = { officeId: device.office_id === null ? null : String(device.office_id), groupId: device.group_id === null ? null : String(device.group_id) };
    }
    const officeIds = await this.queries.displayedOffices(ctx, scope.officeId, scope.groupId);
    const now = ctx.clock.now();
    const offices: WaitingRoomOffice[] = [];
    for (const officeId of officeIds) offices.push(await officeState(ctx.em, officeId, now));
    offices.sort((a, b) => a.officeName.localeCompare(b.officeName, 'de'));
    const [group] = scope.groupId ? await ctx.em.execute<{ name: string }[]>('select name from office_group where id = ?', [parseId(scope.groupId)]) : [];
    return Object.assign(new WaitingRoom(), { groupId: scope.groupId, name: group?.name ?? offices[0].officeName, offices });
  }

  /**
   * Each office's state anew after every committed change of its queue, its settings (opening
   * hours among them) or its calendar (closures); stale events are skipped, and so are bookings,
   * which change nothing shown here.
   */
  async waitingRoomChanged(ctx: RequestContext, officeIdText: string | null | undefined, groupIdText: string | null | undefined): Promise<AsyncIterable<WaitingRoomOffice>> {
    const officeIds = await this.queries.displayedOffices(ctx, officeIdText, groupIdText);
    const changes = Repeater.merge(officeIds.flatMap((officeId) => [ctx.bus.subscribe(Topic.queueChanged, officeId), ctx.bus.subscribe(Topic.officeSettingsChanged, officeId), ctx.bus.subscribe(Topic.availabilityChanged, officeId)]));
    const shown = new Map<number, number>();
    const stateOf = async (officeId: number) => {
      const states = await this.states.read([officeId], async (ids) => {
        const em = ctx.em.fork();
        const now = ctx.clock.now();
        return new Map(await Promise.all(ids.map(async (id) => [id, await officeState(em, id, now)] as const)));
      });
      return states.get(officeId)!;
    };
    // A repeater, not an async generator: ending it must not wait for the office's next event.
    return new Repeater<WaitingRoomOffice>(async (push, stop) => {
      const iterator = changes[Symbol.asyncIterator]();
      void stop.then(() => iterator.return?.());
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const change = next.value;
        if ('reason' in change && change.reason !== 'calendar') continue;
        if (change.version <= (shown.get(change.officeId) ?? -1)) continue;
        const state = await stateOf(change.officeId);
        if (state.version <= (shown.get(change.officeId) ?? -1)) continue;
        shown.set(change.officeId, state.version);
        await push(state);
      }
      stop();
    });
  }
}

/** Called, then set aside: their calls on a display would send people to a counter that does not expect them. */
const withdrawnStatuses: readonly QueueEntryStatus[] = [QueueEntryStatus.parked, QueueEntryStatus.missed, QueueEntryStatus.waiting];

async function officeState(em: EntityManager, officeId: number, now: Date): Promise<WaitingRoomOffice> {
  const queue = await computeQueue(em, officeId, now);
  const today = localDateOf(now, queue.office.time_zone);
  const [day] = await em.execute<{ name: string; display_message: string; issued_count: number; closures: ClosedRange[]; organisation_days: string[] }[]>(
    `select o.name, o.settings_display_message as display_message, coalesce(d.issued_count, 0)::int as issued_count,
            (select coalesce(json_agg(json_build_object('from', c.date::text, 'until', c.until_date::text)), '[]')
               from closure c where c.office_id = o.id and c.until_date >= ?::date and c.date <= ?::date) as closures,
            array(select h.day::text from organisation_holiday h where h.organisation_id = o.organisation_id and h.day between ?::date and ?::date) as organisation_days
       from office o left join ticket_day d on d.office_id = o.id and d.local_date = ? where o.id = ?`,
    [today, addDays(today, nextOpeningHorizonDays), today, addDays(today, nextOpeningHorizonDays), today, officeId],
  );
  if (!day) throw badUserInput('There is no such office.');
  const isClosed = closedDays(day.closures, queue.office.settings_holiday_region, day.organisation_days);
  const open = isOpen(queue.office, now) && !isClosed(today);
  return Object.assign(new WaitingRoomOffice(), {
    officeId,
    officeName: day.name,
    version: queue.office.version,
    displayMessage: day.display_message,
    waitingCount: queue.views.filter((view) => view.status === QueueEntryStatus.waiting).length,
    estimatedWaitMinutes: queue.estimateForNewcomer,
    countersServing: queue.serving,
    open,
    opensAt: open ? null : nextOpening(queue.office.opening_hours, queue.office.time_zone, isClosed, now),
    ticketsLeft: Math.max(0, queue.office.settings_ticket_daily_contingent - day.issued_count),
    withdrawnNumbers: queue.views.filter((view) => view.calledCount > 0 && withdrawnStatuses.includes(view.status)).map((view) => view.displayNumber),
  });
}
