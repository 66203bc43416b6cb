import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { can, canSomewhere, Permission } from '../../domain/accounts/principal';
import { forbidden, InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, refuse, type RequestContext } from '../../platform/request-context';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import type { QueueEntryView } from '../queue/queue.types';
import { InternalNoteView, type AddInternalNoteInput, type InternalNotesInput } from './notes.types';

interface NoteRow {
  id: number | string;
  appointment_id: number | null;
  queue_entry_id: number | null;
  author_name: string;
  text: string;
  created_at: Date | string;
}

function toView(row: NoteRow): InternalNoteView {
  return Object.assign(new InternalNoteView(), {
    id: String(row.id),
    appointmentId: row.appointment_id === null ? null : String(row.appointment_id),
    queueEntryId: row.queue_entry_id === null ? null : String(row.queue_entry_id),
    author: row.author_name,
    createdAt: sqlInstant(row.created_at),
    text: row.text,
  });
}

/**
 * What a note is about: a walk-in's entry, or an appointment (also when it is checked in), and the
 * right it needs there: the queue's (workQueue) when named by its entry, the appointments' (manageAppointments) else.
 */
type Subject = { officeId: number; right: Permission } & ({ appointmentId: number; queueEntryId: null; number: number } | { appointmentId: null; queueEntryId: number; number: null });

/**
 * Internal notes of an office's staff about appointments (manageAppointments, as the day plan) and
 * about the customers of its queue (workQueue, as the counter).
 * Only staff read and write them, never citizens, keys or devices: no citizen-facing type or
 * message carries them. The one writer of `internal_note`.
 */
export class NotesService {
  /** Notes by subject ("a<appointment>" or "e<entry>"), batched per request: one query for a whole queue. */
  private readonly loaders = new WeakMap<RequestContext, DataLoader<string, InternalNoteView[]>>();

  async addInternalNote(ctx: RequestContext, input: AddInternalNoteInput): Promise<InternalNoteView | NotFound | InvalidInput> {
    const principal = ctx.principal;
    if (principal.kind !== 'staff' || !(canSomewhere(principal, Permission.workQueue) || canSomewhere(principal, Permission.manageAppointments))) refuse(ctx);
    const text = input.text.trim();
    if (((input.appointmentId ?? null) === null) === ((input.queueEntryId ?? null) === null)) {
      return new InvalidInput([{ field: 'appointmentId', message: 'Name exactly one of appointmentId and queueEntryId.' }]);
    }
    if (text === '') return new InvalidInput([{ field: 'text', message: 'text must not be empty.' }]);
    return inTransaction(ctx.em, async (em) => {
      const subject = await this.subjectOf(em, input);
      if (!subject) return new NotFound('There is no such appointment or queue entry.');
      authorize(ctx, subject.right, subject.officeId);
      const [row] = await em.execute<NoteRow[]>(
        `insert into internal_note (organisation_id, appointment_id, queue_entry_id, author_id, author_name, text, created_at)
         select o.organisation_id, ?, ?, s.id, s.display_name, ?, ? from office o, staff_account s where o.id = ? and s.id = ?
         returning *`,
        [subject.appointmentId, subject.queueEntryId, text, ctx.clock.now(), subject.officeId, principal.accountId],
      );
      // Which appointment or entry, never what the note says.
      await audit(em, ctx, 'addInternalNote', subject.officeId, subject.number === null ? { queueEntryId: subject.queueEntryId } : { number: subject.number });
      return toView(row);
    });
  }

  /** The notes of appointments (a day plan's), oldest first; refused unless the caller manages the appointments of every office they are at. */
  async internalNotes(ctx: RequestContext, input: InternalNotesInput): Promise<InternalNoteView[]> {
    authorizeAnywhere(ctx, Permission.manageAppointments);
    const ids = input.appointmentIds.map(parseId).filter((id) => id !== null);
    const offices = await ctx.em.execute<{ office_id: number }[]>('select distinct office_id from appointment where id = any(?::bigint[])', [sqlArray(ids)]);
    for (const { office_id } of offices) authorize(ctx, Permission.manageAppointments, office_id);
    const rows = await ctx.em.execute<NoteRow[]>('select * from internal_note where appointment_id = any(?::bigint[]) order by created_at, id', [sqlArray(ids)]);
    return rows.map(toView);
  }

  /** A queue entry's notes (its appointment's, for a checked-in one), for the office's staff only: others are refused, whatever handed them the entry. */
  async entryNotes(ctx: RequestContext, entry: QueueEntryView): Promise<InternalNoteView[]> {
    if (!can(ctx.principal, Permission.workQueue, entry.officeId)) throw forbidden("Only the office's staff see its notes.");
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (keys: readonly string[]) => {
        const ids = (prefix: string) => sqlArray(keys.filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(1))));
        const rows = await ctx.em.execute<NoteRow[]>('select * from internal_note where appointment_id = any(?::bigint[]) or queue_entry_id = any(?::bigint[]) order by created_at, id', [ids('a'), ids('e')]);
        const bySubject = new Map<string, InternalNoteView[]>();
        for (const row of rows) {
          const key = row.appointment_id === null ? `e${row.queue_entry_id}` : `a${row.appointment_id}`;
          bySubject.set(key, [...(bySubject.get(key) ?? []), toView(row)]);
        }
        return keys.map((key) => bySubject.get(key) ?? []);
      });
      this.loaders.set(ctx, loader);
    }
    return loader.load(entry.appointmentId === null ? `e${entry.id}` : `a${entry.appointmentId}`);
  }

  /**
   * Part of the daily retention job: notes go when the contact data of what they are about goes,
   * by the office's contact retention since the appointment ended or the walk-in's day.
   */
  async eraseExpiredNotes(em: EntityManager, now: Date): Promise<void> {
    await em.execute(
      `delete from internal_note n
        where exists (select 1 from appointment a join office o on o.id = a.office_id
                       where a.id = n.appointment_id and a.end_at < ?::timestamptz - make_interval(days => o.settings_contact_retention_days))
           or exists (select 1 from queue_entry e join office o on o.id = e.office_id
                       where e.id = n.queue_entry_id and e.local_date < (?::timestamptz at time zone o.time_zone - make_interval(days => o.settings_contact_retention_days))::date)`,
      [now, now],
    );
  }

  private async subjectOf(em: EntityManager, input: AddInternalNoteInput): Promise<Subject | null> {
    if (input.queueEntryId) {
      const entryId = parseId(input.queueEntryId);
      const [entry] = entryId === null ? [] : await em.execute<{ office_id: number; appointment_id: number | null }[]>('select office_id, appointment_id from queue_entry where id = ?', [entryId]);
      if (!entry) return null;
      if (entry.appointment_id === null) return { officeId: entry.office_id, right: Permission.workQueue, appointmentId: null, queueEntryId: entryId!, number: null };
      return this.appointmentSubject(em, entry.appointment_id, Permission.workQueue);
    }
    const appointmentId = parseId(input.appointmentId!);
    return appointmentId === null ? null : this.appointmentSubject(em, appointmentId, Permission.manageAppointments);
  }

  private async appointmentSubject(em: EntityManager, appointmentId: number, right: Permission): Promise<Subject | null> {
    // Holds and lapsed holds are nobody's appointment yet: nothing to note.
    const [row] = await em.execute<{ office_id: number; number: number }[]>("select office_id, number from appointment where id = ? and status not in ('reserved', 'expired')", [appointmentId]);
    return row ? { officeId: row.office_id, right, appointmentId, queueEntryId: null, number: row.number } : null;
  }
}
