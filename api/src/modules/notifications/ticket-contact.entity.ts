import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { QueueEntry } from '../queue/queue.entity';

/**
 * How a waiting citizen wants to hear that their turn nears: a phone number or an email left
 * for one queue entry, at the kiosk, the counter or on the ticket's status page. Erased when
 * the entry's day ends (the queue's day end), so it never outlives the visit.
 */
@Entity({ tableName: 'ticket_contact' })
export class TicketContact {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Unique()
  @ManyToOne(() => QueueEntry, { deleteRule: 'cascade' })
  entry!: QueueEntry;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** The language of the notice (de, en, …). */
  @Property({ type: 'text' })
  language: string = 'de';

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;
}

/** A browser's push subscription (Web Push) for one queue entry; erased with the day like the contact. */
@Entity({ tableName: 'ticket_push_subscription' })
@Unique({ properties: ['entry', 'endpoint'] })
export class TicketPushSubscription {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => QueueEntry, { deleteRule: 'cascade', index: true })
  entry!: QueueEntry;

  /** The push service's URL for this browser. */
  @Property({ type: 'text' })
  endpoint!: string;

  /** The browser's P-256 public key (base64url) the message is encrypted to. */
  @Property({ type: 'text' })
  p256dh!: string;

  /** The browser's authentication secret (base64url). */
  @Property({ type: 'text' })
  auth!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}
