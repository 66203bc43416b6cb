import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Office } from '../catalog/office.entity';

/**
 * One slot length at one office, materialised for the booking window as Berlin's ZMS does:
 * bookings lock and count these rows, so capacity holds across API processes.
 */
@Entity({ tableName: 'slot' })
@Unique({ properties: ['office', 'startAt'] })
@Index({ properties: ['office', 'localDate', 'startAt'] })
@Check({ name: 'slot_capacity_check', expression: 'taken >= 0 and public_capacity >= 0 and intern_capacity >= public_capacity' })
export class Slot {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Property({ type: 'string', columnType: 'date' })
  localDate!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  startAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  endAt!: Date;

  @Property({ type: 'integer' })
  publicCapacity!: number;

  @Property({ type: 'integer' })
  internCapacity!: number;

  /** One count for both contingents, as in the original: public books while taken < public. */
  @Property({ type: 'integer' })
  taken: number = 0;

  /** When the slot's day enters the booking window (the rule's daily start time, days ahead). */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  bookableFrom!: Date;

  /** After this the slot is inside the lead time: bookable by staff only. */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  publicUntil!: Date;
}
