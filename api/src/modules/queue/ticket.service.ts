import { Permission } from '../../domain/accounts/principal';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { localDateOf } from '../../domain/calendar/local-date';
import { activeEntryStatuses, newEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { nextTicketNumber } from '../../domain/queue/ticket-numbers';
import type { DomainEvents } from '../../platform/events/domain-events';
import { InvalidInput, NotFound, OfficeClosed, TicketsExhausted } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { portalLinks } from '../../platform/portal-links';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { digest, newSecret } from '../../platform/secrets';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { loadOffice } from '../catalog/office-row';
import { announceAvailability } from '../slots/availability-events';
import { claimGapToday } from '../slots/slot-ledger';
import { computeQueue } from './queue-read-model';
import { announceQueue, isOpen } from './queue-rows';
import { Ticket, type IssueTicketInput } from './queue.types';

/** Wait tickets for walk-ins, drawn at a kiosk or by staff. */
export class TicketService {
  constructor(
    private readonly publicBaseUrl: string,
    private readonly events: DomainEvents,
  ) {}

  async issueTicket(ctx: RequestContext, input: IssueTicketInput): Promise<Ticket | InstanceType<typeof OfficeClosed> | InstanceType<typeof TicketsExhausted> | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.issueTicket);
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound('There is no such office.');
    authorize(ctx, Permission.issueTicket, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const office = await loadOffice(em, officeId);
      if (!office) return new NotFound('There is no such office.');
      if (ctx.principal.kind === 'device' && !isOpen(office, now)) return new OfficeClosed('The office is closed now. Tickets are issued during opening hours.');
      const serviceIds = input.serviceIds.map(parseId);
      const offered = await em.execute<{ service_id: number; duration_slots: number }[]>('select service_id, duration_slots from office_service where office_id = ? and service_id = any(?::bigint[])', [
        officeId,
        sqlArray(serviceIds.filter((id): id is number => id !== null)),
      ]);
      if (serviceIds.some((id) => id === null) || offered.length !== new Set(serviceIds).size) return new InvalidInput(['The office does not offer every service asked for.']);
      const today = localDateOf(now, office.time_zone);
      // One row per office and day, locked: numbers are drawn one at a time, in any process.
      await em.execute('insert into ticket_day (office_id, local_date) values (?, ?) on conflict do nothing', [officeId, today]);
      const [day] = await em.execute<{ last_issued: number | null; issued_count: number }[]>('select last_issued, issued_count from ticket_day where office_id = ? and local_date = ? for update', [officeId, today]);
      if (day.issued_count >= office.settings_ticket_daily_contingent) return new TicketsExhausted("Today's tickets are used up.");
      const inUse = await em.execute<{ ticket_number: number }[]>('select ticket_number from queue_entry where office_id = ? and local_date = ? and ticket_number is not null and status = any(?::queue_entry_status[])', [
        officeId,
        today,
        sqlArray(activeEntryStatuses),
      ]);
      const number = nextTicketNumber({ firstNumber: office.settings_ticket_first_number, lastNumber: office.settings_ticket_last_number, lastIssued: day.last_issued, inUse: new Set(inUse.map((row) => row.ticket_number)) });
      if (number === null) return new TicketsExhausted('Every ticket number is in use; please wait for the queue to move.');
      const secret = newSecret();
      const [created] = await em.execute<{ id: number }[]>(
        `insert into queue_entry (office_id, local_date, ticket_number, display_number, secret_digest, status, channel, priority, service_ids, arrived_at, called_count)
         values (?, ?, ?, ?, ?, ?, ?, 3, ?::jsonb, ?, 0) returning id`,
        [officeId, today, number, `${office.settings_ticket_prefix}${number}`, digest(secret), newEntryStatus, ctx.principal.kind === 'device' ? Channel.KIOSK : Channel.COUNTER, JSON.stringify(serviceIds), now],
      );
      await em.execute('update ticket_day set last_issued = ?, issued_count = issued_count + 1 where office_id = ? and local_date = ?', [number, officeId, today]);
      const length = Math.max(
        1,
        offered.reduce((sum, row) => sum + row.duration_slots, 0),
      );
      const tookGap = await claimGapToday(em, officeId, created.id, length, today, now);
      await this.events.publish(em, { type: 'ticketIssued', officeId, entryId: created.id, at: now });
      if (tookGap) await announceAvailability(em, officeId, 'taken', [today]);
      await announceQueue(em, officeId);
      await audit(em, ctx, 'issueTicket', officeId, { ticketNumber: number });
      const queue = await computeQueue(em, officeId, now);
      const entry = queue.views.find((view) => view.id === String(created.id))!;
      return Object.assign(new Ticket(), { entry, secret, statusUrl: portalLinks.queueStatus(this.publicBaseUrl, entry.displayNumber, secret) });
    });
  }
}
