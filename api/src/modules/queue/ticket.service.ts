import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { localDateOf } from '../../domain/calendar/local-date';
import { contactDigest } from '../../domain/notifications/contact-digest';
import { activeEntryStatuses, newEntryStatus, remoteEntryStatus, type QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { remoteCheckInUntil } from '../../domain/queue/remote-tickets';
import { nextTicketNumber } from '../../domain/queue/ticket-numbers';
import type { DomainEvents } from '../../platform/events/domain-events';
import { InvalidInput, NoShowLimitReached, NotFound, OfficeClosed, ProofOfWorkRequired, RemoteTicketHeld, RemoteTicketsOff, TicketsExhausted } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { portalLinks } from '../../platform/portal-links';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { digest, newSecret } from '../../platform/secrets';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { staysWithinNoShowLimit } from '../booking/contact-limits';
import { loadOffice, type OfficeRow } from '../catalog/office-row';
import { announceAvailability } from '../slots/availability-events';
import { claimGapToday } from '../slots/slot-ledger';
import { computeQueue } from './queue-read-model';
import { announceQueue, closedAllDay, closesAt, isOpen } from './queue-rows';
import { Ticket, type DrawRemoteTicketInput, type IssueTicketInput } from './queue.types';

type Exhausted = InstanceType<typeof TicketsExhausted>;

/** The services asked for with their slot lengths, or why the office does not offer them all. */
async function offeredServices(em: EntityManager, officeId: number, serviceIdTexts: string[]): Promise<number[] | InvalidInput> {
  const serviceIds = serviceIdTexts.map(parseId);
  const offered = await em.execute<{ service_id: number }[]>('select service_id from office_service where office_id = ? and service_id = any(?::bigint[])', [officeId, sqlArray(serviceIds.filter((id): id is number => id !== null))]);
  if (serviceIds.some((id) => id === null) || offered.length !== new Set(serviceIds).size) return new InvalidInput(['The office does not offer every service asked for.']);
  return serviceIds as number[];
}

/**
 * Charges one ticket of the day's contingent and draws its number, in the caller's transaction:
 * one row per office and day, locked, so that numbers are drawn and the contingent charged one at
 * a time in any process. The same counter serves kiosk, counter and remote tickets.
 */
async function drawTicketNumber(em: EntityManager, office: OfficeRow, today: string): Promise<number | Exhausted> {
  await em.execute('insert into ticket_day (office_id, local_date) values (?, ?) on conflict do nothing', [office.id, today]);
  const [day] = await em.execute<{ last_issued: number | null; issued_count: number }[]>('select last_issued, issued_count from ticket_day where office_id = ? and local_date = ? for update', [office.id, today]);
  if (day.issued_count >= office.settings_ticket_daily_contingent) return new TicketsExhausted("Today's tickets are used up.");
  const inUse = await em.execute<{ ticket_number: number }[]>('select ticket_number from queue_entry where office_id = ? and local_date = ? and ticket_number is not null and status = any(?::queue_entry_status[])', [
    office.id,
    today,
    sqlArray(activeEntryStatuses),
  ]);
  const number = nextTicketNumber({ firstNumber: office.settings_ticket_first_number, lastNumber: office.settings_ticket_last_number, lastIssued: day.last_issued, inUse: new Set(inUse.map((row) => row.ticket_number)) });
  if (number === null) return new TicketsExhausted('Every ticket number is in use; please wait for the queue to move.');
  await em.execute('update ticket_day set last_issued = ?, issued_count = issued_count + 1 where office_id = ? and local_date = ?', [number, office.id, today]);
  return number;
}

/**
 * A walk-in takes the first gap of today's slots that fits its services from `now` on, so that
 * online booking does not sell the time it is served in; remote tickets do so when they check in.
 */
export async function takeGapForWalkIn(em: EntityManager, officeId: number, entryId: number, serviceIds: number[], today: string, now: Date): Promise<void> {
  const [{ slots }] = await em.execute<{ slots: number | null }[]>('select sum(duration_slots)::int as slots from office_service where office_id = ? and service_id = any(?::bigint[])', [officeId, sqlArray(serviceIds)]);
  if (await claimGapToday(em, officeId, entryId, Math.max(1, slots ?? 0), today, now)) await announceAvailability(em, officeId, 'taken', [today]);
}

interface NewTicket {
  office: OfficeRow;
  today: string;
  number: number;
  serviceIds: number[];
  status: QueueEntryStatus;
  channel: Channel;
  remote?: { checkInUntil: Date; contactDigest: string | null };
}

/** Wait tickets: for walk-ins, drawn at a kiosk or by staff, and remote tickets drawn from home. */
export class TicketService {
  constructor(
    private readonly publicBaseUrl: string,
    private readonly linkSecret: string,
    private readonly events: DomainEvents,
  ) {}

  async issueTicket(ctx: RequestContext, input: IssueTicketInput): Promise<Ticket | InstanceType<typeof OfficeClosed> | Exhausted | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.issueTicket);
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound('There is no such office.');
    authorize(ctx, Permission.issueTicket, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const office = await loadOffice(em, officeId);
      if (!office) return new NotFound('There is no such office.');
      if (ctx.principal.kind === 'device' && !isOpen(office, now)) return new OfficeClosed('The office is closed now. Tickets are issued during opening hours.');
      const serviceIds = await offeredServices(em, officeId, input.serviceIds);
      if (serviceIds instanceof InvalidInput) return serviceIds;
      const today = localDateOf(now, office.time_zone);
      const number = await drawTicketNumber(em, office, today);
      if (number instanceof TicketsExhausted) return number;
      const channel = ctx.principal.kind === 'device' ? Channel.KIOSK : Channel.COUNTER;
      const ticket = await this.writeTicket(em, ctx, { office, today, number, serviceIds, status: newEntryStatus, channel });
      await takeGapForWalkIn(em, officeId, Number(ticket.entry.id), serviceIds, today, now);
      await audit(em, ctx, 'issueTicket', officeId, { ticketNumber: number });
      return this.announce(em, officeId, ticket, now);
    });
  }

  /**
   * A remote ticket: a number of today's contingent, charged now, that joins the calling order
   * only when its citizen checks in (CheckInService.checkInRemoteTicket). Offered while the office
   * is open today and allows it; a contact is optional, and when given, its limits apply.
   */
  async drawRemoteTicket(
    ctx: RequestContext,
    input: DrawRemoteTicketInput,
  ): Promise<
    | Ticket
    | InstanceType<typeof RemoteTicketsOff>
    | InstanceType<typeof OfficeClosed>
    | Exhausted
    | InstanceType<typeof ProofOfWorkRequired>
    | InstanceType<typeof RemoteTicketHeld>
    | InstanceType<typeof NoShowLimitReached>
    | NotFound
    | InvalidInput
  > {
    authorize(ctx, Permission.bookAsCitizen);
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound('There is no such office.');
    const contact = validateContact(Channel.KIOSK, { email: input.email });
    if (contact.problems.length > 0) return new InvalidInput(contact.problems);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const office = await loadOffice(em, officeId);
      if (!office) return new NotFound('There is no such office.');
      if (!office.settings_remote_tickets) return new RemoteTicketsOff('This office does not let citizens join its queue from home.');
      const today = localDateOf(now, office.time_zone);
      const closing = closesAt(office, now);
      if (closing === null || (await closedAllDay(em, office, today))) return new OfficeClosed('The office is closed now. Remote tickets are drawn during opening hours.');
      // Bots pay with work for each ticket, as for each reservation; known callers are never asked.
      const pow = ctx.guards.proofOfWork;
      if (ctx.principal.kind === 'anonymous' && pow.enabled && !(await pow.redeem(em, input.proofOfWork, now))) {
        return new ProofOfWorkRequired(input.proofOfWork ? 'The proof of work is not valid, expired or already used.' : 'Solve a proofOfWorkChallenge first.');
      }
      const serviceIds = await offeredServices(em, officeId, input.serviceIds);
      if (serviceIds instanceof InvalidInput) return serviceIds;
      const contactKey = contact.email === null ? null : contactDigest(contact.email, this.linkSecret);
      if (contactKey !== null) {
        // Two tickets of one address at once are counted one after the other.
        await em.execute('select pg_advisory_xact_lock(?, hashtext(?))', [3, `${officeId}:${contactKey}`]);
        const [held] = await em.execute<{ id: number }[]>("select id from queue_entry where office_id = ? and local_date = ? and contact_digest = ? and status in ('expected', 'waiting', 'called', 'parked') limit 1", [
          officeId,
          today,
          contactKey,
        ]);
        if (held) return new RemoteTicketHeld('This email address already holds a remote ticket of this office today.');
        if (!(await staysWithinNoShowLimit(em, office, contactKey, now))) return new NoShowLimitReached('Tickets or appointments were missed with this email address recently: this office takes no remote ticket from it now.');
      }
      // The window is set by the wait a walk-in drawing now would have, without this ticket.
      const { estimateForNewcomer } = await computeQueue(em, officeId, now);
      const number = await drawTicketNumber(em, office, today);
      if (number instanceof TicketsExhausted) return number;
      const checkInUntil = remoteCheckInUntil({ drawnAt: now, estimatedWaitMinutes: estimateForNewcomer, travelMinutes: office.settings_check_in_early_minutes, lateMinutes: office.settings_check_in_late_minutes, closesAt: closing });
      const ticket = await this.writeTicket(em, ctx, { office, today, number, serviceIds, status: remoteEntryStatus, channel: Channel.PORTAL, remote: { checkInUntil, contactDigest: contactKey } });
      await audit(em, ctx, 'drawRemoteTicket', officeId, { ticketNumber: number });
      return this.announce(em, officeId, ticket, now);
    });
  }

  private async writeTicket(em: EntityManager, ctx: RequestContext, ticket: NewTicket): Promise<Ticket> {
    const now = ctx.clock.now();
    const secret = newSecret();
    const [created] = await em.execute<{ id: number }[]>(
      `insert into queue_entry (office_id, local_date, ticket_number, display_number, secret_digest, status, channel, priority, service_ids, arrived_at, called_count, remote, check_in_until, contact_digest)
       values (?, ?, ?, ?, ?, ?, ?, 3, ?::jsonb, ?, 0, ?, ?, ?) returning id`,
      [
        ticket.office.id,
        ticket.today,
        ticket.number,
        `${ticket.office.settings_ticket_prefix}${ticket.number}`,
        digest(secret),
        ticket.status,
        ticket.channel,
        JSON.stringify(ticket.serviceIds),
        now,
        ticket.remote !== undefined,
        ticket.remote?.checkInUntil ?? null,
        ticket.remote?.contactDigest ?? null,
      ],
    );
    await this.events.publish(em, { type: 'ticketIssued', officeId: ticket.office.id, entryId: created.id, at: now });
    return Object.assign(new Ticket(), { entry: { id: String(created.id) }, secret });
  }

  /** Tells the office's subscribers and answers the ticket as the queue now shows it. */
  private async announce(em: EntityManager, officeId: number, ticket: Ticket, now: Date): Promise<Ticket> {
    await announceQueue(em, officeId);
    const queue = await computeQueue(em, officeId, now);
    const entry = queue.views.find((view) => view.id === ticket.entry.id)!;
    return Object.assign(ticket, { entry, statusUrl: portalLinks.queueStatus(this.publicBaseUrl, entry.displayNumber, ticket.secret) });
  }
}
