import type { EntityManager } from '@mikro-orm/postgresql';
import { Contingent } from '../../domain/booking/appointment-lifecycle';
import { chainStarts, findChain, type SlotState } from '../../domain/calendar/slot-chain';
import { OutsideBookingWindow, SlotUnavailable } from '../../platform/graphql/errors';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { deferStatement } from '../../platform/statement-batch';
import { announceAvailability } from './availability-events';

/**
 * The slot ledger: the only code that locks, claims and releases capacity, for appointments and
 * walk-in tickets alike. Every writer locks slot rows in start order, before any office row
 * (docs/adr/0002-lock-order.md); the functions here keep that order.
 */

export interface LockedSlot {
  id: string;
  start_at: Date;
  end_at: Date;
  public_capacity: number;
  intern_capacity: number;
  taken: number;
  bookable_from: Date;
  public_until: Date;
}

/** Who holds a claim: an appointment (or a hold) or a walk-in's queue entry. */
export type ClaimHolder = { appointmentId: number } | { queueEntryId: number };

/** A freed chain, by where it started: what the waitlist is offered and availability announces. */
export interface FreedChain {
  officeId: number;
  start: Date;
}

/**
 * Locks the office's slots from `start` in start order and checks the window and the caller's
 * contingent. Slots without capacity (held ones a rule change left behind) are skipped, as
 * availability skips them. `ownSlotIds` are slots the appointment being moved already holds: they
 * count as free for it and are kept rather than taken twice.
 */
export async function lockChain(em: EntityManager, contingent: Contingent, officeId: number, start: Date, length: number, now: Date, ownSlotIds: ReadonlySet<string>): Promise<LockedSlot[] | SlotUnavailable | OutsideBookingWindow> {
  const rows = (
    await em.execute<LockedSlot[]>(
      `select id, start_at, end_at, public_capacity, intern_capacity, taken, bookable_from, public_until
         from slot where office_id = ? and start_at >= ? and start_at < ?::timestamptz + interval '1 day' and intern_capacity > 0
        order by start_at limit ? for update`,
      [officeId, start, start, length],
    )
  ).map((row) => ({ ...row, start_at: sqlInstant(row.start_at), end_at: sqlInstant(row.end_at), bookable_from: sqlInstant(row.bookable_from), public_until: sqlInstant(row.public_until) }));
  if (start <= now) return new OutsideBookingWindow('The requested time has passed.');
  if (rows.length === 0 || rows[0].start_at.getTime() !== start.getTime()) {
    const [{ last }] = await em.execute<{ last: string | null }[]>('select max(start_at) as last from slot where office_id = ?', [officeId]);
    return last === null || sqlInstant(last) < start ? new OutsideBookingWindow() : new SlotUnavailable('No slot starts at this time.');
  }
  const outside = rows.find((row) => row.bookable_from > now || (contingent === Contingent.public && row.public_until <= now));
  if (outside) return new OutsideBookingWindow();
  const states: (SlotState & { row: LockedSlot })[] = rows.map((row) => ({
    row,
    start: row.start_at,
    end: row.end_at,
    capacity: contingent === Contingent.intern ? row.intern_capacity : row.public_capacity,
    taken: row.taken - (ownSlotIds.has(row.id) ? 1 : 0),
  }));
  const chain = findChain(states, start, length);
  return chain ? chain.map((state) => (state as (typeof states)[number]).row) : new SlotUnavailable();
}

/**
 * Claims locked slots for a holder: one claim per slot, counted in `taken`. The slots are locked
 * already, so the two writes need no answer and ride with the transaction's next statement when
 * a statement batch is open (platform/statement-batch.ts).
 */
export async function claimSlots(em: EntityManager, holder: ClaimHolder, slotIds: string[]): Promise<void> {
  if (slotIds.length === 0) return;
  await deferStatement(em, 'update slot set taken = taken + 1 where id = any(?::bigint[])', [sqlArray(slotIds)]);
  if ('appointmentId' in holder) {
    await deferStatement(em, 'insert into slot_claim (slot_id, appointment_id) select unnest(?::bigint[]), ?', [sqlArray(slotIds), holder.appointmentId]);
  } else {
    await deferStatement(em, 'insert into slot_claim (slot_id, queue_entry_id) select unnest(?::bigint[]), ?', [sqlArray(slotIds), holder.queueEntryId]);
  }
}

/**
 * A walk-in takes the first gap of today's remaining slots long enough for its services, when
 * there is one (SPEC), so that staff booking on site see the capacity it uses. Answers whether it
 * found one.
 */
export async function claimGapToday(em: EntityManager, officeId: number, queueEntryId: number, length: number, today: string, now: Date): Promise<boolean> {
  const slots = (
    await em.execute<{ id: string; start_at: string; end_at: string; intern_capacity: number; taken: number }[]>(
      'select id, start_at, end_at, intern_capacity, taken from slot where office_id = ? and local_date = ? and start_at >= ? and intern_capacity > 0 order by start_at for update',
      [officeId, today, now],
    )
  ).map((slot) => ({ id: slot.id, start: sqlInstant(slot.start_at), end: sqlInstant(slot.end_at), capacity: slot.intern_capacity, taken: slot.taken }));
  const [start] = chainStarts(slots, length);
  if (!start) return false;
  const chain = findChain(slots, start, length)! as typeof slots;
  await claimSlots(
    em,
    { queueEntryId },
    chain.map((slot) => slot.id),
  );
  return true;
}

/**
 * Gives slots back at once: the claims' slots are locked in start order, then counted down.
 * Answers the offices whose capacity this freed (a moved appointment's old office among them).
 */
export async function releaseClaims(em: EntityManager, claimIds: string[]): Promise<number[]> {
  if (claimIds.length === 0) return [];
  const locked = await em.execute<{ office_id: number }[]>(`select s.office_id from slot s join slot_claim c on c.slot_id = s.id where c.id = any(?::bigint[]) order by s.start_at for update of s`, [sqlArray(claimIds)]);
  await em.execute(
    `with released as (delete from slot_claim where id = any(?::bigint[]) returning slot_id)
     update slot set taken = taken - counted.n
       from (select slot_id, count(*)::int as n from released group by slot_id) counted
      where slot.id = counted.slot_id`,
    [sqlArray(claimIds)],
  );
  return [...new Set(locked.map((row) => row.office_id))].sort((a, b) => a - b);
}

/** A ticket that leaves the queue gives back the slots of its gap that still lie ahead, announced at once. */
export async function releaseTicketAhead(em: EntityManager, queueEntryId: number, now: Date): Promise<void> {
  const ahead = await em.execute<{ id: string }[]>('select c.id from slot_claim c join slot s on s.id = c.slot_id where c.queue_entry_id = ? and s.start_at > ?', [queueEntryId, now]);
  await announceFreed(
    em,
    await releaseClaims(
      em,
      ahead.map((claim) => claim.id),
    ),
  );
}

/** Announces freed capacity at each office, in id order, as every writer locks offices. */
export async function announceFreed(em: EntityManager, officeIds: number[]): Promise<void> {
  for (const officeId of [...new Set(officeIds)].sort((a, b) => a - b)) await announceAvailability(em, officeId, 'freed');
}

/** The claims an appointment holds, with whether each is already waiting for its release. */
export async function claimsOf(em: EntityManager, appointmentId: number): Promise<{ id: string; slot_id: string; release_at: string | null }[]> {
  return em.execute('select id, slot_id, release_at from slot_claim where appointment_id = ?', [appointmentId]);
}

/**
 * Lets an appointment's claims go after the release delay of the office they are at (SPEC: a
 * cancelled slot returns later, so that it cannot be grabbed back at once), and plans the job
 * that frees them. Without `claimIds`, every claim not yet on its way out.
 */
export async function releaseAfterDelay(em: EntityManager, appointmentId: number, officeId: number, now: Date, claimIds?: string[]): Promise<void> {
  const [office] = await em.execute<{ settings_release_delay_minutes: number }[]>('select settings_release_delay_minutes from office where id = ?', [officeId]);
  const releaseAt = new Date(now.getTime() + office.settings_release_delay_minutes * 60_000);
  if (claimIds === undefined) await em.execute('update slot_claim set release_at = ? where appointment_id = ? and release_at is null', [releaseAt, appointmentId]);
  else if (claimIds.length > 0) await em.execute('update slot_claim set release_at = ? where id = any(?::bigint[])', [releaseAt, sqlArray(claimIds)]);
  else return;
  await scheduleJob(em, JobKind.freeCapacity, String(appointmentId), releaseAt);
}

/** Claims that were on their way out stay with the appointment after all (a move back onto them). */
export async function keepClaims(em: EntityManager, claimIds: string[]): Promise<void> {
  if (claimIds.length > 0) await em.execute('update slot_claim set release_at = null where id = any(?::bigint[])', [sqlArray(claimIds)]);
}

/** Hands every claim of one holder to another: a waitlist hold becomes the citizen's appointment. */
export async function transferClaims(em: EntityManager, fromAppointmentId: number, toAppointmentId: number): Promise<void> {
  await em.execute('update slot_claim set appointment_id = ? where appointment_id = ?', [toAppointmentId, fromAppointmentId]);
}

/**
 * Releases what of an appointment is due: every claim when `all` (its hold ran out), else those
 * whose release delay has passed. Answers the freed chains (where they started) and the offices
 * whose capacity this freed.
 */
export async function releaseDue(em: EntityManager, appointmentId: number, now: Date, all: boolean): Promise<{ chains: FreedChain[]; officeIds: number[] }> {
  const due = (await em.execute<{ id: string }[]>('select id from slot_claim where appointment_id = ? and (release_at <= ? or ?)', [appointmentId, now, all])).map((claim) => claim.id);
  const starts = await em.execute<{ office_id: number; start_at: string }[]>('select distinct s.office_id, s.start_at from slot s join slot_claim c on c.slot_id = s.id where c.id = any(?::bigint[]) order by s.start_at', [sqlArray(due)]);
  const officeIds = await releaseClaims(em, due);
  return { chains: starts.map((start) => ({ officeId: start.office_id, start: sqlInstant(start.start_at) })), officeIds };
}

/** When the next of an appointment's claims is due for release, or null. */
export async function nextReleaseOf(em: EntityManager, appointmentId: number): Promise<Date | null> {
  const [row] = await em.execute<{ next: string | null }[]>('select min(release_at) as next from slot_claim where appointment_id = ? and release_at is not null', [appointmentId]);
  return row.next === null ? null : sqlInstant(row.next);
}
