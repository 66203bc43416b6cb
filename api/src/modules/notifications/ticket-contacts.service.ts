import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { phoneKey } from '../../domain/booking/phone-number';
import { activeEntryStatuses, QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, type RequestContext } from '../../platform/request-context';
import { inTransaction } from '../../platform/transaction';
import type { QueueQueries } from '../queue/queue-read-model';
import type { HeadsUps } from './heads-up';
import { TicketContactView, type LeaveTicketContactInput, type SetTicketContactInput, type SubscribeTicketPushInput } from './ticket-contacts.types';

/** Browsers one entry may subscribe: a citizen's phone and a laptop, with room to spare; older ones give way. */
const pushSubscriptionsPerEntry = 5;
/** An uncompressed P-256 point and a 16-byte secret, as browsers make them (RFC 8291). */
const p256dhBytes = 65;
const authBytes = 16;

interface EntryRef {
  id: number;
  office_id: number;
  status: QueueEntryStatus;
}

/** Entries still in today's queue take a contact; finished or ended ones have nothing left to be told. */
const takesContact = (entry: EntryRef) => activeEntryStatuses.includes(entry.status) && entry.status !== QueueEntryStatus.expected;

export interface TicketContactSettings {
  /** The VAPID public key browsers subscribe with; null when browser notices are off. */
  vapidPublicKey: string | null;
  /** Outside production a push endpoint may be http (a local test endpoint); in production only https. */
  allowHttpPushEndpoints: boolean;
}

/**
 * What a waiting citizen leaves to be told that their turn nears: a phone number or an email,
 * and browser subscriptions. The ticket's secret authorises the citizen (and the kiosk that
 * drew the ticket); staff need the queue permission at the entry's office.
 */
export class TicketContactsService {
  constructor(
    private readonly settings: TicketContactSettings,
    private readonly queries: QueueQueries,
    private readonly headsUps: HeadsUps,
  ) {}

  vapidPublicKey(): string | null {
    return this.settings.vapidPublicKey;
  }

  /** The contact the ticket's holder left, by number and secret (wrong secrets count as for appointments). */
  async contactByAccess(ctx: RequestContext, access: { number: string; secret: string }): Promise<TicketContactView | null> {
    const entry = await this.queries.entryByAccess(ctx.em, ctx, access, ctx.clock.now());
    return entry ? this.viewOf(ctx.em, entry.id) : null;
  }

  /** Staff: the contact of an entry of their office. */
  async contactOfEntry(ctx: RequestContext, entryIdText: string): Promise<TicketContactView | null> {
    const entry = await this.staffEntry(ctx, entryIdText);
    return entry ? this.viewOf(ctx.em, entry.id) : null;
  }

  async leaveContact(ctx: RequestContext, input: LeaveTicketContactInput): Promise<TicketContactView | NotFound | InvalidInput> {
    return inTransaction(ctx.em, async (em) => {
      const found = await this.queries.entryByAccess(em, ctx, input, ctx.clock.now());
      return this.store(em, found && { id: found.id, office_id: found.office_id, status: found.status }, input, ctx.clock.now());
    });
  }

  async setContactByStaff(ctx: RequestContext, input: SetTicketContactInput): Promise<TicketContactView | NotFound | InvalidInput> {
    const entry = await this.staffEntry(ctx, input.entryId);
    return inTransaction(ctx.em, (em) => this.store(em, entry, input, ctx.clock.now()));
  }

  async subscribePush(ctx: RequestContext, input: SubscribeTicketPushInput): Promise<TicketContactView | NotFound | InvalidInput> {
    const problems = this.pushProblems(input);
    if (problems.length > 0) return new InvalidInput(problems);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const entry = await this.queries.entryByAccess(em, ctx, input, now);
      if (!entry || !takesContact(entry)) return new NotFound('There is no such ticket in the queue today.');
      await em.execute(
        `insert into ticket_push_subscription (entry_id, endpoint, p256dh, auth, created_at) values (?, ?, ?, ?, ?)
         on conflict (entry_id, endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at`,
        [entry.id, input.endpoint, input.p256dh, input.auth, now],
      );
      await em.execute('delete from ticket_push_subscription where entry_id = ? and id not in (select id from ticket_push_subscription where entry_id = ? order by created_at desc, id desc limit ?)', [
        entry.id,
        entry.id,
        pushSubscriptionsPerEntry,
      ]);
      await this.headsUps.notifyNear(em, entry.office_id, now);
      return this.viewOf(em, entry.id);
    });
  }

  private async staffEntry(ctx: RequestContext, entryIdText: string): Promise<EntryRef | null> {
    const entryId = parseId(entryIdText);
    const [entry] = entryId === null ? [] : await ctx.em.execute<EntryRef[]>('select id, office_id, status from queue_entry where id = ?', [entryId]);
    // An entry of another office is as unknown as none: its existence is not the caller's to learn.
    authorize(ctx, Permission.workQueue, entry?.office_id);
    return entry ?? null;
  }

  private async store(em: EntityManager, entry: EntryRef | null, input: { email?: string | null; phone?: string | null; language: string }, now: Date): Promise<TicketContactView | NotFound | InvalidInput> {
    if (!entry || !takesContact(entry)) return new NotFound('There is no such ticket in the queue today.');
    const checked = validateContact(Channel.KIOSK, { email: input.email, phone: input.phone });
    const phone = checked.phone === null ? null : phoneKey(checked.phone);
    const problems = [...checked.problems];
    // An SMS needs a number that can be dialled from anywhere: with its area code.
    if (checked.phone !== null && checked.problems.length === 0 && !phone?.startsWith('+')) problems.push('The phone number needs its area code.');
    if (problems.length > 0) return new InvalidInput(problems.map((message) => ({ field: message.includes('email') ? 'email' : 'phone', message })));
    if (checked.email === null && phone === null) {
      await em.execute('delete from ticket_contact where entry_id = ?', [entry.id]);
    } else {
      await em.execute(
        `insert into ticket_contact (entry_id, email, phone, language, updated_at) values (?, ?, ?, ?, ?)
         on conflict (entry_id) do update set email = excluded.email, phone = excluded.phone, language = excluded.language, updated_at = excluded.updated_at`,
        [entry.id, checked.email, phone, input.language, now],
      );
      await this.headsUps.notifyNear(em, entry.office_id, now);
    }
    return this.viewOf(em, entry.id);
  }

  private pushProblems(input: SubscribeTicketPushInput): string[] {
    const problems: string[] = [];
    const url = URL.canParse(input.endpoint) ? new URL(input.endpoint) : null;
    const schemes = this.settings.allowHttpPushEndpoints ? ['https:', 'http:'] : ['https:'];
    if (!url || !schemes.includes(url.protocol) || url.username || url.password) problems.push('The push endpoint must be an https URL.');
    if (Buffer.from(input.p256dh, 'base64url').length !== p256dhBytes || !input.p256dh.startsWith('B')) problems.push('The subscription key (p256dh) is not a P-256 public key.');
    if (Buffer.from(input.auth, 'base64url').length !== authBytes) problems.push('The subscription secret (auth) must be 16 bytes.');
    if (this.settings.vapidPublicKey === null) problems.push('Browser notices are not offered here.');
    return problems;
  }

  private async viewOf(em: EntityManager, entryId: number): Promise<TicketContactView> {
    const [row] = await em.execute<{ email: string | null; phone: string | null; language: string | null; browsers: string }[]>(
      `select t.email, t.phone, t.language, (select count(*) from ticket_push_subscription s where s.entry_id = ?) as browsers
         from (select 1) one left join ticket_contact t on t.entry_id = ?`,
      [entryId, entryId],
    );
    return Object.assign(new TicketContactView(), { email: row.email, phone: row.phone, language: row.language ?? 'de', browserNotifications: Number(row.browsers) });
  }
}
