import { ArrayType, BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookEventType } from '../../domain/webhooks/webhook-events';
import { ApiKey, StaffAccount } from '../accounts/account.entity';
import { Appointment } from '../booking/appointment.entity';
import { Organisation } from '../catalog/organisation.entity';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'A fact an endpoint may subscribe to; its payload `type` is the dotted form (appointment.confirmed, ticket.issued, capacity.changed, …).',
});

export enum WebhookDeliveryStatus {
  /** Waiting for its first or next attempt (or for its endpoint to be enabled again). */
  pending = 'pending',
  delivered = 'delivered',
  /** Given up after the last retry. */
  failed = 'failed',
}

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus', description: 'Where a delivery stands: pending, delivered, or failed after its last retry.' });

@ObjectType({ description: 'Where a specialist system hears of bookings: a URL, the facts it chose, and who registered it (an organisation admin or an API key).' })
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Opaque id of the endpoint.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade', index: true })
  organisation!: Organisation;

  /** The admin who registered it; null for a key's endpoint. */
  @ManyToOne(() => StaffAccount, { deleteRule: 'set null', nullable: true })
  ownerAccount: StaffAccount | null = null;

  /** The API key that registered it: it hears only of that key's bookings. */
  @ManyToOne(() => ApiKey, { deleteRule: 'cascade', nullable: true, index: true })
  ownerApiKey: ApiKey | null = null;

  @Field(() => String, { description: 'Where deliveries are POSTed (https in production).' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The facts it is sent.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  eventTypes!: WebhookEventType[];

  @Field(() => String, { description: 'Who is mailed when the endpoint is disabled after failing.' })
  @Property({ type: 'text' })
  contactEmail!: string;

  @Field(() => Boolean, { description: "Whether payloads carry the citizen's contact data (name, email, phone): only where the owner may read it." })
  @Property({ type: 'boolean' })
  withContact!: boolean;

  /** The signing secret (whsec_…), sealed: it is read back to sign each delivery. */
  @Property({ type: 'text' })
  secretSealed!: string;

  @Field(() => Int, { description: 'Failed attempts in a row; a success resets it.' })
  @Property({ type: 'integer' })
  consecutiveFailures: number = 0;

  @Field(() => Date, { nullable: true, description: 'When it was disabled (by its owner, or after too many failures in a row); null while it is sent deliveries.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field(() => Date, { description: 'When it was registered.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ description: 'One message for one endpoint: a fact, signed and sent until it is delivered; replays send it again with the same webhook-id.' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['endpoint', 'createdAt'] })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Opaque id of the delivery.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'The webhook-id header: the same on every attempt and replay, for the receiver to drop duplicates.' })
  @Property({ type: 'text', unique: true })
  messageId!: string;

  @Field(() => String, { description: 'The payload type, e.g. appointment.confirmed or webhook.ping.' })
  @Property({ type: 'text' })
  type!: string;

  /** The exact JSON that is signed and sent. */
  @Property({ type: 'text' })
  body!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Pending, delivered, or failed after its last retry.' })
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.pending;

  @Field(() => Int, { description: 'Attempts so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Date, { description: 'When the fact happened.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an attempt last succeeded.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;
}

@ObjectType({ description: 'One attempt of a delivery: what the receiver answered and how long it took.' })
@Entity({ tableName: 'webhook_attempt' })
export class WebhookAttempt {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne(() => WebhookDelivery, { deleteRule: 'cascade', index: true })
  delivery!: WebhookDelivery;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  attemptedAt!: Date;

  @Field(() => Boolean, { description: 'Whether the receiver answered with a 2xx status.' })
  @Property({ type: 'boolean' })
  succeeded!: boolean;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when none came (timeout, refused connection)." })
  @Property({ type: 'integer', nullable: true })
  responseCode: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why no status came, e.g. a timeout; null when one did.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Field(() => Int, { description: 'Milliseconds from sending to the answer (or the failure).' })
  @Property({ type: 'integer' })
  durationMs!: number;
}

/** Which API key booked an appointment: its endpoints hear of that appointment and no other. */
@Entity({ tableName: 'webhook_booking_origin' })
export class WebhookBookingOrigin {
  @ManyToOne(() => Appointment, { primary: true, deleteRule: 'cascade' })
  appointment!: Appointment;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne(() => ApiKey, { deleteRule: 'cascade', index: true })
  apiKey!: ApiKey;
}
