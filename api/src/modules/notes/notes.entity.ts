import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { StaffAccount } from '../accounts/account.entity';
import { Appointment } from '../booking/appointment.entity';
import { Organisation } from '../catalog/organisation.entity';
import { QueueEntry } from '../queue/queue.entity';

/**
 * A note staff keep about an appointment, or about a walk-in's queue entry: never shown to the
 * citizen, erased with the contact data. A checked-in appointment's notes stay on the appointment.
 */
@Entity({ tableName: 'internal_note' })
@Check({ name: 'internal_note_one_subject', expression: '(appointment_id is null) <> (queue_entry_id is null)' })
export class InternalNote {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Index()
  @ManyToOne(() => Appointment, { deleteRule: 'cascade', nullable: true })
  appointment: Appointment | null = null;

  @Index()
  @ManyToOne(() => QueueEntry, { deleteRule: 'cascade', nullable: true })
  queueEntry: QueueEntry | null = null;

  /** Who wrote it; null once the account is gone (its name stays). */
  @ManyToOne(() => StaffAccount, { deleteRule: 'set null', nullable: true })
  author: StaffAccount | null = null;

  @Property({ type: 'text' })
  authorName!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}
