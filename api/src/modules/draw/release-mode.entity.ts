import { BigIntType, Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Office } from '../catalog/office.entity';
import { Organisation } from '../catalog/organisation.entity';
import { Service } from '../catalog/service.entity';

/**
 * How an office releases one service's capacity: first come (no row, or mode firstCome) or by
 * draw, where first-come booking stays open only up to `released_until` (the office's local
 * today when nothing was released yet) and later days wait for a draw. Written by the release
 * mode service alone; booking, availability and the waitlist read it.
 */
@Entity({ tableName: 'service_release' })
@Unique({ properties: ['office', 'service'] })
@Check({ name: 'service_release_mode', expression: `mode in ('firstCome', 'draw')` })
export class ServiceRelease {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** Filled from the office by the tenant trigger (docs/adr/0009). */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @ManyToOne(() => Service, { deleteRule: 'cascade', index: true })
  service!: Service;

  @Property({ type: 'text' })
  mode: string = 'firstCome';

  /** The last local date a draw released (or the day the office switched to draws). */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  releasedUntil: string | null = null;

  /** When an administrator last set the mode (a draw's release moves only `releasedUntil`). */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;
}
