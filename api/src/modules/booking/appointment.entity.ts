import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AppointmentStatus, Channel, Contingent } from '../../domain/booking/appointment-lifecycle';
import { Office } from '../catalog/office.entity';
import { Organisation } from '../catalog/organisation.entity';
import { Service } from '../catalog/service.entity';

/** A booked or held appointment (ZMS process). Secrets are kept only as SHA-256 digests. */
@Entity({ tableName: 'appointment' })
@Index({ properties: ['office', 'startAt'] })
@Unique({ properties: ['organisation', 'number'] })
// Staff search names by any part, folded as the service search folds (pg_trgm), and emails by their start.
@Index({
  name: 'appointment_contact_name_search',
  expression: `create index "appointment_contact_name_search" on "appointment" using gin (search_normalize("contact_name") gin_trgm_ops) where "contact_name" is not null`,
})
@Index({
  name: 'appointment_contact_email_search',
  expression: `create index "appointment_contact_email_search" on "appointment" (lower("contact_email") text_pattern_ops) where "contact_email" is not null`,
})
export class Appointment {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  /** The number shown to the citizen, counted per organisation by its own sequence (appointment_number_<organisation>), so that processes never clash. */
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne(() => Office, { deleteRule: 'restrict' })
  office!: Office;

  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status' })
  status!: AppointmentStatus;

  @Enum({ items: () => Channel, nativeEnumName: 'booking_channel' })
  channel!: Channel;

  @Enum({ items: () => Contingent, nativeEnumName: 'contingent' })
  contingent!: Contingent;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  startAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  endAt!: Date;

  @Property({ type: 'string', columnType: 'date' })
  localDate!: string;

  @Index()
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null = null;

  @Unique()
  @Property({ type: 'text', nullable: true })
  reservationTokenDigest: string | null = null;

  @Property({ type: 'text', nullable: true })
  secretDigest: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactPhone: string | null = null;

  /** The phone number in one spelling (domain/booking/phone-number.ts), to find it however it was written. */
  @Index()
  @Property({ type: 'text', nullable: true })
  contactPhoneKey: string | null = null;

  /** Language of the messages to the citizen (de or en). */
  @Property({ type: 'text', default: 'de' })
  contactLanguage: string = 'de';

  /** Keyed digest of the normalised email (no-show counting); outlives the erased contact data. */
  @Index()
  @Property({ type: 'text', nullable: true })
  contactDigest: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ tableName: 'appointment_service' })
@Unique({ properties: ['appointment', 'position'] })
export class AppointmentService {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Appointment, { deleteRule: 'cascade' })
  appointment!: Appointment;

  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne(() => Service, { deleteRule: 'restrict' })
  service!: Service;

  /** Slots the service takes for all its persons (its slots per person, times quantity). */
  @Property({ type: 'integer' })
  durationSlots!: number;

  /** Persons the service is booked for (issue 20: a family books one appointment). */
  @Property({ type: 'integer', default: 1 })
  quantity: number = 1;
}
