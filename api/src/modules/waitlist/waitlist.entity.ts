import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Appointment } from '../booking/appointment.entity';
import { Office } from '../catalog/office.entity';

/**
 * A citizen waiting for an earlier slot of the same services at chosen offices: with an
 * appointment (to move it) or without (to book one). First come, first offered.
 */
@Entity({ tableName: 'waitlist_entry' })
@Index({ properties: ['status', 'createdAt'] })
export class WaitlistEntry {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** The appointment to move forward; null for a citizen without one. */
  @ManyToOne(() => Appointment, { deleteRule: 'cascade', nullable: true, index: true })
  appointment: Appointment | null = null;

  /** Catalogue ids of the services, in booking order. */
  @Property({ type: 'json' })
  serviceIds!: number[];

  /** Catalogue ids of the offices the citizen would go to. */
  @Property({ type: 'json' })
  officeIds!: number[];

  /** Only slots starting before this instant are offered (for an appointment: its start). */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  startsBefore: Date | null = null;

  /** waiting, booked or left. */
  @Property({ type: 'text' })
  status: string = 'waiting';

  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'text', default: 'de' })
  contactLanguage: string = 'de';

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A freed slot chain offered to one entry, held for it by a reserved appointment (its claims keep
 * everyone else out) until holdExpiresAt. One offer per entry, office and start: a lapsed offer is
 * not made again to the same citizen.
 */
@Entity({ tableName: 'waitlist_offer' })
@Unique({ properties: ['entry', 'office', 'startAt'] })
export class WaitlistOffer {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => WaitlistEntry, { deleteRule: 'cascade', index: true })
  entry!: WaitlistEntry;

  /** The reserved appointment that holds the slots; null once taken or lapsed. */
  @ManyToOne(() => Appointment, { deleteRule: 'set null', nullable: true, index: true })
  hold: Appointment | null = null;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  startAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  holdExpiresAt!: Date;

  /** open, taken, lapsed or declined. */
  @Property({ type: 'text' })
  status: string = 'open';

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}
