import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Slot } from './slot.entity';

/**
 * What an appointment or a ticket holds of a slot; released at once (hold expiry) or after the
 * release delay. The ledger sits below booking and the queue, so its holders are named, not
 * imported: the foreign keys stay, only the entity classes are looked up by name.
 */
@Entity({ tableName: 'slot_claim' })
@Check({ name: 'slot_claim_holder_check', expression: '(appointment_id is null) <> (queue_entry_id is null)' })
@Index({ properties: ['releaseAt'] })
export class SlotClaim {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Slot, { deleteRule: 'restrict', index: true })
  slot!: Slot;

  @ManyToOne({ entity: 'Appointment', deleteRule: 'cascade', index: true, nullable: true })
  appointment: { id: number } | null = null;

  /** A walk-in ticket that took a gap of the day's slots (SPEC: tickets fill free capacity). */
  @ManyToOne({ entity: 'QueueEntry', deleteRule: 'cascade', index: true, nullable: true })
  queueEntry: { id: number } | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  releaseAt: Date | null = null;
}
