import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { retentionCutoff } from '../../domain/notifications/schedule';
import type { AppointmentCancelled, AppointmentCheckedIn, AppointmentConfirmed, AppointmentNoShow, AppointmentReserved, AppointmentRescheduled, CapacityChanged, EntryFinished, TicketIssued } from '../../domain/events/domain-event';
import { disablesEndpoint, hears, pingType, retryDelaySeconds, WebhookEventType, wireType, type Receiver, type Subject } from '../../domain/webhooks/webhook-events';
import type { DomainEvents } from '../../platform/events/domain-events';
import type { IdCodec } from '../../platform/graphql/ids';
import { JobKind, scheduleJob, type LeasedJobHandler } from '../../platform/jobs/job-queue';
import type { SecretBox } from '../../platform/secrets';
import { sqlInstant } from '../../platform/sql';
import { WebhookDeliveryStatus } from './webhook.entity';
import type { SendOutcome, WebhookSender } from './webhook-sender';

interface EndpointRow {
  id: number;
  organisation_id: number;
  owner_api_key_id: number | null;
  with_contact: boolean;
  disabled_at: Date | null;
}

interface AppointmentRow {
  id: number;
  number: number;
  office_id: number;
  organisation_id: number;
  status: string;
  channel: string;
  start_at: Date;
  end_at: Date;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  service_ids: number[];
  booked_by_api_key_id: number | null;
}

/** A fact ready to be sent: its payload for a receiver, and whom it concerns. */
interface Fact {
  organisationId: number;
  eventType: WebhookEventType;
  subject: Subject;
  at: Date;
  data(receiver: Receiver): Record<string, unknown>;
}

/** What a delivery job sends. */
export interface DeliveryClaim {
  deliveryId: number;
  endpointId: number;
  messageId: string;
  url: string;
  body: string;
  secret: string;
}

/** A delivery's lease outlasts its send by this much: recording the outcome, and clocks of processes that differ by some seconds. */
const leaseMarginMs = 60_000;

export function newMessageId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}

export function deliveryBody(type: string, at: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/**
 * Webhook deliveries, at least once: each reaction to a domain event writes one delivery per
 * endpoint that hears of the fact, in the transaction of the change, and plans its job; the job
 * signs and POSTs it outside any transaction (leased, so that a process that dies mid-send
 * leaves it to another, which sends it with the same webhook-id), records each attempt, retries
 * with backoff, and disables the endpoint after the configured run of failures.
 */
export class WebhookDeliveries {
  readonly job: LeasedJobHandler<DeliveryClaim, SendOutcome>;

  constructor(
    private readonly settings: { disableAfterFailures: number },
    private readonly ids: IdCodec,
    private readonly secrets: SecretBox,
    private readonly sender: WebhookSender,
    private readonly events: DomainEvents,
  ) {
    this.job = {
      leaseMs: sender.maxSendMs + leaseMarginMs,
      claim: (em, key) => this.claim(em, Number(key)),
      work: (claim) => this.send(claim),
      finish: (em, _key, claim, outcome, now) => this.finish(em, claim, outcome, now),
    };
  }

  /** Reaction: remembers which key booked an appointment, for its endpoints alone to hear of it. */
  async appointmentReserved(em: EntityManager, event: AppointmentReserved): Promise<void> {
    if (event.apiKeyId === null) return;
    await em.execute('insert into webhook_booking_origin (appointment_id, organisation_id, api_key_id) select a.id, a.organisation_id, ? from appointment a where a.id = ? on conflict do nothing', [event.apiKeyId, event.appointmentId]);
  }

  appointmentConfirmed(em: EntityManager, event: AppointmentConfirmed): Promise<void> {
    return this.recordAppointment(em, WebhookEventType.appointmentConfirmed, event.appointmentId, event.at);
  }

  /** Only confirmed appointments: receivers never heard of one still waiting for its opt-in. */
  async appointmentRescheduled(em: EntityManager, event: AppointmentRescheduled): Promise<void> {
    if (!event.confirmed) return;
    await this.recordAppointment(em, WebhookEventType.appointmentRescheduled, event.appointmentId, event.at, { previousStart: event.previousStart.toISOString(), previousOfficeId: this.ids.toPublic(event.previousOfficeId) });
  }

  appointmentCancelled(em: EntityManager, event: AppointmentCancelled): Promise<void> {
    return this.recordAppointment(em, WebhookEventType.appointmentCancelled, event.appointmentId, event.at, { byOffice: event.officeReason !== null, reason: event.officeReason });
  }

  appointmentCheckedIn(em: EntityManager, event: AppointmentCheckedIn): Promise<void> {
    return this.recordAppointment(em, WebhookEventType.appointmentCheckedIn, event.appointmentId, event.at, { entryId: this.ids.toPublic(event.entryId) });
  }

  /** A finished queue entry of an appointment; walk-ins' tickets have no appointment to tell of. */
  async entryFinished(em: EntityManager, event: EntryFinished): Promise<void> {
    const [entry] = await em.execute<{ appointment_id: number | null }[]>('select appointment_id from queue_entry where id = ?', [event.entryId]);
    if (entry?.appointment_id) await this.recordAppointment(em, WebhookEventType.appointmentFinished, entry.appointment_id, event.at, { entryId: this.ids.toPublic(event.entryId) });
  }

  appointmentNoShow(em: EntityManager, event: AppointmentNoShow): Promise<void> {
    return this.recordAppointment(em, WebhookEventType.appointmentNoShow, event.appointmentId, event.at);
  }

  async ticketIssued(em: EntityManager, event: TicketIssued): Promise<void> {
    const [entry] = await em.execute<{ display_number: string; organisation_id: number }[]>('select e.display_number, o.organisation_id from queue_entry e join office o on o.id = e.office_id where e.id = ?', [event.entryId]);
    if (!entry) return;
    const ticket = { entryId: this.ids.toPublic(event.entryId), officeId: this.ids.toPublic(event.officeId), displayNumber: entry.display_number };
    await this.record(em, { organisationId: entry.organisation_id, eventType: WebhookEventType.ticketIssued, subject: { kind: 'ticket' }, at: event.at, data: () => ({ ticket }) });
  }

  async capacityChanged(em: EntityManager, event: CapacityChanged): Promise<void> {
    const [office] = await em.execute<{ organisation_id: number }[]>('select organisation_id from office where id = ?', [event.officeId]);
    if (!office) return;
    const officeId = this.ids.toPublic(event.officeId);
    await this.record(em, { organisationId: office.organisation_id, eventType: WebhookEventType.capacityChanged, subject: { kind: 'capacity' }, at: event.at, data: () => ({ officeId }) });
  }

  private async recordAppointment(em: EntityManager, eventType: WebhookEventType, appointmentId: number, at: Date, extra: Record<string, unknown> = {}): Promise<void> {
    const [row] = await em.execute<AppointmentRow[]>(
      `select a.id, a.number, a.office_id, a.organisation_id, a.status, a.channel, a.start_at, a.end_at, a.contact_name, a.contact_email, a.contact_phone,
              coalesce((select array_agg(s.service_id order by s.position) from appointment_service s where s.appointment_id = a.id), '{}') as service_ids,
              (select o.api_key_id from webhook_booking_origin o where o.appointment_id = a.id) as booked_by_api_key_id
         from appointment a where a.id = ?`,
      [appointmentId],
    );
    if (!row) return;
    const appointment = {
      id: this.ids.toPublic(row.id),
      number: row.number,
      officeId: this.ids.toPublic(row.office_id),
      status: row.status,
      channel: row.channel,
      start: sqlInstant(row.start_at).toISOString(),
      end: sqlInstant(row.end_at).toISOString(),
      serviceIds: row.service_ids.map((id) => this.ids.toPublic(id)),
    };
    const contact = { name: row.contact_name, email: row.contact_email, phone: row.contact_phone };
    await this.record(em, {
      organisationId: row.organisation_id,
      eventType,
      subject: { kind: 'appointment', bookedByApiKeyId: row.booked_by_api_key_id },
      at,
      data: (receiver) => ({ appointment: receiver.withContact ? { ...appointment, contact } : appointment, ...extra }),
    });
  }

  /** One delivery per endpoint of the organisation that chose this fact and may hear of it; a disabled endpoint's waits until it is enabled again. */
  private async record(em: EntityManager, fact: Fact): Promise<void> {
    const endpoints = await em.execute<EndpointRow[]>(
      `select e.id, e.organisation_id, e.owner_api_key_id, e.with_contact, e.disabled_at from webhook_endpoint e left join api_key k on k.id = e.owner_api_key_id
        where e.organisation_id = ? and ? = any(e.event_types) and (e.owner_api_key_id is null or k.revoked_at is null) order by e.id`,
      [fact.organisationId, fact.eventType],
    );
    for (const endpoint of endpoints) {
      const receiver: Receiver = endpoint.owner_api_key_id === null ? { kind: 'organisation', withContact: endpoint.with_contact } : { kind: 'apiKey', apiKeyId: endpoint.owner_api_key_id, withContact: endpoint.with_contact };
      if (!hears(receiver, fact.subject)) continue;
      const type = wireType[fact.eventType];
      await this.enqueue(em, endpoint, type, deliveryBody(type, fact.at, fact.data(receiver)), fact.at, endpoint.disabled_at === null);
    }
  }

  /** Writes a delivery and, unless it is to wait, plans its job now. */
  private async enqueue(em: EntityManager, endpoint: { id: number; organisation_id: number }, type: string, body: string, at: Date, planned: boolean): Promise<number> {
    const [delivery] = await em.execute<{ id: string }[]>(`insert into webhook_delivery (organisation_id, endpoint_id, message_id, type, body, status, attempts, created_at) values (?, ?, ?, ?, ?, ?, 0, ?) returning id`, [
      endpoint.organisation_id,
      endpoint.id,
      newMessageId(),
      type,
      body,
      WebhookDeliveryStatus.pending,
      at,
    ]);
    if (planned) await scheduleJob(em, JobKind.deliverWebhook, delivery.id, at);
    return Number(delivery.id);
  }

  /**
   * Part of the daily retention job: deliveries older than the message retention go with their
   * attempts, as sent messages do; their payloads may carry a citizen's contact data.
   */
  async forget(em: EntityManager, now: Date, retentionDays: number): Promise<void> {
    await em.execute('delete from webhook_delivery where created_at < ?', [retentionCutoff(now, retentionDays)]);
  }

  /** A test ping, planned now. */
  ping(em: EntityManager, endpoint: { id: number; organisation_id: number }, now: Date): Promise<number> {
    return this.enqueue(em, endpoint, pingType, deliveryBody(pingType, now, { endpointId: this.ids.toPublic(endpoint.id) }), now, true);
  }

  /** Plans the job of every delivery of an endpoint still pending (after it was enabled again). */
  async resume(em: EntityManager, endpointId: number, now: Date): Promise<void> {
    const pending = await em.execute<{ id: string }[]>('select id from webhook_delivery where endpoint_id = ? and status = ? order by id', [endpointId, WebhookDeliveryStatus.pending]);
    for (const delivery of pending) await scheduleJob(em, JobKind.deliverWebhook, delivery.id, now);
  }

  /** A pending delivery of an enabled endpoint (a ping goes to a disabled one too, to test it before enabling it). */
  private async claim(em: EntityManager, deliveryId: number): Promise<DeliveryClaim | null> {
    const [row] = await em.execute<{ id: string; endpoint_id: string; message_id: string; body: string; url: string; secret_sealed: string }[]>(
      `select d.id, d.endpoint_id, d.message_id, d.body, e.url, e.secret_sealed from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
        where d.id = ? and d.status = ? and (e.disabled_at is null or d.type = 'webhook.ping')`,
      [deliveryId, WebhookDeliveryStatus.pending],
    );
    if (!row) return null;
    const secret = this.secrets.open(row.secret_sealed);
    if (secret === null) throw new Error(`the secret of webhook endpoint ${row.endpoint_id} does not open with this installation's key`);
    return { deliveryId, endpointId: Number(row.endpoint_id), messageId: row.message_id, url: row.url, body: row.body, secret };
  }

  private send(claim: DeliveryClaim): Promise<SendOutcome> {
    // The receiver checks the timestamp against its own clock (5 minutes either way): the wall
    // clock's, not the API clock's, which tests and replays may set elsewhere.
    const timestamp = new Date();
    const signature = new Webhook(claim.secret).sign(claim.messageId, timestamp, claim.body);
    return this.sender.post(claim.url, claim.body, { 'webhook-id': claim.messageId, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signature });
  }

  /** Records the attempt; answers when to try again, or null when delivered, given up, or waiting for the endpoint to be enabled. */
  private async finish(em: EntityManager, claim: DeliveryClaim, outcome: SendOutcome, now: Date): Promise<Date | null> {
    const succeeded = outcome.responseCode !== null && outcome.responseCode >= 200 && outcome.responseCode < 300;
    await em.execute('insert into webhook_attempt (organisation_id, delivery_id, attempted_at, succeeded, response_code, error, duration_ms) select organisation_id, id, ?, ?, ?, ?, ? from webhook_delivery where id = ?', [
      now,
      succeeded,
      outcome.responseCode,
      outcome.error,
      outcome.durationMs,
      claim.deliveryId,
    ]);
    if (succeeded) {
      await em.execute('update webhook_delivery set status = ?, attempts = attempts + 1, delivered_at = ? where id = ?', [WebhookDeliveryStatus.delivered, now, claim.deliveryId]);
      await em.execute('update webhook_endpoint set consecutive_failures = 0 where id = ?', [claim.endpointId]);
      return null;
    }
    const [delivery] = await em.execute<{ attempts: number; status: WebhookDeliveryStatus }[]>('update webhook_delivery set attempts = attempts + 1 where id = ? returning attempts, status', [claim.deliveryId]);
    const [endpoint] = await em.execute<{ consecutive_failures: number; disabled_at: Date | null; organisation_id: number; url: string; contact_email: string }[]>(
      'update webhook_endpoint set consecutive_failures = consecutive_failures + 1 where id = ? returning consecutive_failures, disabled_at, organisation_id, url, contact_email',
      [claim.endpointId],
    );
    if (!delivery || !endpoint || delivery.status !== WebhookDeliveryStatus.pending) return null;
    if (endpoint.disabled_at === null && disablesEndpoint(endpoint.consecutive_failures, this.settings.disableAfterFailures)) {
      // One process disables it and tells its owner, however many fail at once.
      const [disabled] = await em.execute<{ id: string }[]>('update webhook_endpoint set disabled_at = ? where id = ? and disabled_at is null returning id', [now, claim.endpointId]);
      if (disabled) {
        await this.events.publish(em, {
          type: 'webhookEndpointDisabled',
          at: now,
          endpointId: claim.endpointId,
          organisationId: endpoint.organisation_id,
          url: endpoint.url,
          contactEmail: endpoint.contact_email,
          consecutiveFailures: endpoint.consecutive_failures,
        });
      }
      return null;
    }
    if (endpoint.disabled_at !== null) return null;
    const delay = retryDelaySeconds(delivery.attempts);
    if (delay === null) {
      await em.execute('update webhook_delivery set status = ? where id = ?', [WebhookDeliveryStatus.failed, claim.deliveryId]);
      return null;
    }
    return new Date(now.getTime() + delay * 1000);
  }
}
