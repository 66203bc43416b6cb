import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { StaffAccount } from '../accounts/account.entity';
import { Appointment } from '../booking/appointment.entity';
import { Counter } from '../catalog/counter.entity';
import { Office } from '../catalog/office.entity';

/**
 * One customer in an office's queue of one day: a checked-in appointment or a walk-in ticket.
 * Active tickets of a day never share a number: a partial unique index holds it.
 */
@Entity({ tableName: 'queue_entry' })
@Index({ properties: ['office', 'localDate', 'status'] })
@Index({
  name: 'queue_entry_active_ticket_number',
  expression: `create unique index "queue_entry_active_ticket_number" on "queue_entry" ("office_id", "local_date", "ticket_number") where "ticket_number" is not null and "status" in ('expected', 'waiting', 'called', 'inService', 'parked', 'missed')`,
})
export class QueueEntry {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Property({ type: 'string', columnType: 'date' })
  localDate!: string;

  @Unique()
  @ManyToOne(() => Appointment, { deleteRule: 'cascade', nullable: true })
  appointment: Appointment | null = null;

  @Property({ type: 'integer', nullable: true })
  ticketNumber: number | null = null;

  /** What displays show and staff call out: the ticket number, or the appointment number. */
  @Property({ type: 'text' })
  displayNumber!: string;

  /** A ticket's own secret for its QR status link; appointments use theirs. */
  @Property({ type: 'text', nullable: true })
  secretDigest: string | null = null;

  @Enum({ items: () => QueueEntryStatus, nativeEnumName: 'queue_entry_status' })
  status!: QueueEntryStatus;

  @Enum({ items: () => Channel, nativeEnumName: 'booking_channel' })
  channel!: Channel;

  @Property({ type: 'smallint' })
  priority!: number;

  @Property({ type: 'json' })
  serviceIds!: number[];

  @Property({ type: 'Date', columnType: 'timestamptz' })
  arrivedAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  appointmentStart: Date | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  lastCalledAt: Date | null = null;

  @Property({ type: 'integer' })
  calledCount: number = 0;

  @ManyToOne(() => Counter, { deleteRule: 'set null', nullable: true })
  counter: Counter | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  serviceStartedAt: Date | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  /** The services actually served, as staff record them on finishing. */
  @Property({ type: 'json', nullable: true })
  servedServiceIds: number[] | null = null;

  @ManyToOne(() => Office, { deleteRule: 'set null', nullable: true })
  redirectedTo: Office | null = null;

  /** Drawn from home (a remote ticket): staff see it marked, before and after its check-in. */
  @Property({ type: 'boolean', default: false })
  remote: boolean = false;

  /** Until when a remote ticket may check in at the kiosk; null for every other entry. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  checkInUntil: Date | null = null;

  /** The keyed digest of the contact a remote ticket was drawn with, for the no-show limit: never the contact itself. */
  @Property({ type: 'text', nullable: true, index: true })
  contactDigest: string | null = null;

  /** Whether the day end has written its statistics record. */
  @Property({ type: 'boolean' })
  counted: boolean = false;
}

/** The day's ticket counter of an office: locked to draw numbers one at a time. */
@Entity({ tableName: 'ticket_day' })
export class TicketDay {
  @ManyToOne(() => Office, { primary: true, deleteRule: 'cascade' })
  office!: Office;

  @PrimaryKey({ type: 'string', columnType: 'date' })
  localDate!: string;

  @Property({ type: 'integer', nullable: true })
  lastIssued: number | null = null;

  @Property({ type: 'integer' })
  issuedCount: number = 0;
}

/** A staff member signed in at a counter of an office, serving some or all services. */
@Entity({ tableName: 'counter_session' })
export class CounterSession {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Unique()
  @ManyToOne(() => StaffAccount, { deleteRule: 'cascade' })
  account!: StaffAccount;

  @ManyToOne(() => Office, { deleteRule: 'cascade', index: true })
  office!: Office;

  /** One person per counter: the database refuses a second session at a counter, whatever process asks. */
  @Unique()
  @ManyToOne(() => Counter, { deleteRule: 'cascade' })
  counter!: Counter;

  /** null serves every service. */
  @Property({ type: 'json', nullable: true })
  serviceIds: number[] | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  signedInAt!: Date;
}

/** A call to a counter, as displays show it. */
@Entity({ tableName: 'queue_call' })
@Index({ properties: ['office', 'calledAt'] })
export class QueueCall {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @ManyToOne(() => QueueEntry, { deleteRule: 'cascade' })
  entry!: QueueEntry;

  @Property({ type: 'text' })
  displayNumber!: string;

  @Property({ type: 'text' })
  counterName!: string;

  @Property({ type: 'text', nullable: true })
  room: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  calledAt!: Date;
}

/** What the day end keeps of an entry for statistics: no personal data. */
@Entity({ tableName: 'queue_statistic' })
@Index({ properties: ['office', 'localDate'] })
export class QueueStatistic {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Property({ type: 'string', columnType: 'date' })
  localDate!: string;

  @Enum({ items: () => Channel, nativeEnumName: 'booking_channel' })
  channel!: Channel;

  @Property({ type: 'boolean' })
  withAppointment!: boolean;

  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'json' })
  serviceIds!: number[];

  @Property({ type: 'integer', nullable: true })
  waitingMinutes: number | null = null;

  @Property({ type: 'integer', nullable: true })
  serviceMinutes: number | null = null;
}
