import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Appointment } from '../booking/appointment.entity';
import { Office } from '../catalog/office.entity';
import { TicketPushSubscription } from './ticket-contact.entity';

export enum OutboxChannel {
  email = 'email',
  sms = 'sms',
  /** A browser notice (Web Push); the recipient is the push service's endpoint. */
  push = 'push',
}

export enum OutboxStatus {
  pending = 'pending',
  sent = 'sent',
  failed = 'failed',
}

/**
 * A message to a citizen, written in the transaction of the change that causes it and sent by the
 * deliverMessage job. Its Message-ID is fixed when written, so every resend carries the same one.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['createdAt'] })
export class OutboxMessage {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  /** RFC 5322 Message-ID, with angle brackets. */
  @Property({ type: 'text', unique: true })
  messageId!: string;

  /** What the message says (confirmed, reminder, …); see MessageKind. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  channel!: OutboxChannel;

  /** Email address, phone number or push endpoint. */
  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  textBody!: string;

  @Property({ type: 'text', nullable: true })
  htmlBody: string | null = null;

  /** An iCalendar file to attach. */
  @Property({ type: 'text', nullable: true })
  ics: string | null = null;

  /** Makes a message once-only (a reminder per appointment and time, a heads-up per entry). */
  @Property({ type: 'text', nullable: true, unique: true })
  dedupeKey: string | null = null;

  @ManyToOne(() => Appointment, { deleteRule: 'set null', nullable: true, index: true })
  appointment: Appointment | null = null;

  @ManyToOne(() => Office, { deleteRule: 'set null', nullable: true })
  office: Office | null = null;

  /** The browser a push message goes to; a subscription the push service no longer knows is deleted. */
  @ManyToOne(() => TicketPushSubscription, { deleteRule: 'set null', nullable: true, index: true })
  pushSubscription: TicketPushSubscription | null = null;

  @Property({ type: 'text' })
  status: OutboxStatus = OutboxStatus.pending;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** Where it went: smtp, the development mailbox, the SMS provider or a push service. */
  @Property({ type: 'text', nullable: true })
  deliveredVia: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}
