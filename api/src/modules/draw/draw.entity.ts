import { BigIntType, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Appointment } from '../booking/appointment.entity';
import { Office } from '../catalog/office.entity';
import { Organisation } from '../catalog/organisation.entity';
import { Service } from '../catalog/service.entity';

/**
 * A draw of one service's slots at offices in draw mode for it (docs/draw.md). Written by the
 * draw module alone, with hand-written SQL (the run and the offers decide races); the migration
 * Migration20261207100000 holds its constraints and partial indexes.
 */
@Entity({ tableName: 'draw' })
export class DrawRecord {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** Filled from the offices by the tenant trigger (docs/adr/0009). */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => Service, { deleteRule: 'restrict' })
  service!: Service;

  @Property({ type: 'json' })
  officeIds!: number[];

  /** scheduled, open, drawn, released or cancelled (domain/draw/draw-lifecycle.ts). */
  @Property({ type: 'text' })
  status: string = 'scheduled';

  @Property({ type: 'Date', columnType: 'timestamptz' })
  registrationOpensAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  registrationClosesAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  drawAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  releaseAt!: Date;

  @Property({ type: 'string', columnType: 'date' })
  slotsFrom!: string;

  @Property({ type: 'string', columnType: 'date' })
  slotsTo!: string;

  @Property({ type: 'int' })
  offerHoldHours: number = 24;

  @Property({ type: 'int', nullable: true })
  urgentQuota: number | null = null;

  /** The seed, sealed with the installation's key (SecretBox) until the draw reveals it. */
  @Property({ type: 'text' })
  sealedSeed!: string;

  @Property({ type: 'text', nullable: true })
  seed: string | null = null;

  @Property({ type: 'text' })
  commitment!: string;

  /** The published list in draw order, fixed at the draw (registrations may roll on to later draws). */
  @Property({ type: 'json', nullable: true })
  entries: { digest: string; urgent: boolean; position: number }[] | null = null;

  @Property({ type: 'int', nullable: true })
  offerableSlots: number | null = null;

  @Property({ type: 'int', nullable: true })
  registrationCount: number | null = null;

  /** The final figures, written at the release. */
  @Property({ type: 'json', nullable: true })
  statistics: Record<string, unknown> | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  drawnAt: Date | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  releasedAt: Date | null = null;
}

/** A citizen's registration for a draw; one open verified registration per person and service. */
@Entity({ tableName: 'draw_registration' })
export class DrawRegistration {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => DrawRecord, { deleteRule: 'cascade' })
  draw!: DrawRecord;

  @ManyToOne(() => Service, { deleteRule: 'restrict' })
  service!: Service;

  @Property({ type: 'text', unique: true })
  entryDigest!: string;

  @Property({ type: 'json' })
  officeIds!: number[];

  @Property({ type: 'string', columnType: 'date' })
  dateFrom!: string;

  @Property({ type: 'string', columnType: 'date' })
  dateTo!: string;

  @Property({ type: 'json' })
  timeWindows: { from: string; to: string }[] = [];

  @Property({ type: 'int' })
  persons: number = 1;

  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactPhone: string | null = null;

  @Property({ type: 'text' })
  contactLanguage: string = 'de';

  @Property({ type: 'text' })
  emailDigest!: string;

  @Property({ type: 'text', nullable: true })
  phoneDigest: string | null = null;

  @Property({ type: 'text', nullable: true })
  smsCodeDigest: string | null = null;

  @Property({ type: 'int' })
  smsAttempts: number = 0;

  @Property({ type: 'text' })
  channel!: string;

  @Property({ type: 'boolean' })
  rollOver: boolean = false;

  @Property({ type: 'boolean' })
  urgent: boolean = false;

  @Property({ type: 'text', nullable: true })
  urgentReason: string | null = null;

  @Property({ type: 'text' })
  status: string = 'unverified';

  @Property({ type: 'int', nullable: true })
  position: number | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  verifiedAt: Date | null = null;
}

/** A slot chain a draw offers one registration, held by a reserved appointment until holdExpiresAt. */
@Entity({ tableName: 'draw_offer' })
export class DrawOffer {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => DrawRecord, { deleteRule: 'cascade' })
  draw!: DrawRecord;

  @ManyToOne(() => DrawRegistration, { deleteRule: 'cascade' })
  registration!: DrawRegistration;

  /** The reserved appointment holding the slots; null once taken or lapsed. */
  @ManyToOne(() => Appointment, { deleteRule: 'set null', nullable: true })
  hold: Appointment | null = null;

  /** The appointment booked from the offer. */
  @ManyToOne(() => Appointment, { deleteRule: 'set null', nullable: true })
  appointment: Appointment | null = null;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  startAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  holdExpiresAt!: Date;

  /** open, taken, declined or lapsed. */
  @Property({ type: 'text' })
  status: string = 'open';

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}
