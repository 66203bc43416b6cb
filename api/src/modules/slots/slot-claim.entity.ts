import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Appointment } from '../booking/appointment.entity';
import { QueueEntry } from '../queue/queue.entity';
import { Slot } from './slot.entity';

/** What an appointment or a ticket holds of a slot; released at once (hold expiry) or after the release delay. */
@Entity({ tableName: 'slot_claim' })
@Check({ name: 'slot_claim_holder_check', expression: '(appointment_id is null) <> (queue_entry_id is null)' })
@Index({ properties: ['releaseAt'] })
export class SlotClaim {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Slot, { deleteRule: 'restrict', index: true })
  slot!: Slot;

  @ManyToOne(() => Appointment, { deleteRule: 'cascade', index: true, nullable: true })
  appointment: Appointment | null = null;

  /** A walk-in ticket that took a gap of the day's slots (SPEC: tickets fill free capacity). */
  @ManyToOne(() => QueueEntry, { deleteRule: 'cascade', index: true, nullable: true })
  queueEntry: QueueEntry | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  releaseAt: Date | null = null;
}
