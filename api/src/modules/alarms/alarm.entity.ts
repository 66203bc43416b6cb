import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { StaffAccount } from '../accounts/account.entity';
import { Counter } from '../catalog/counter.entity';
import { Office } from '../catalog/office.entity';
import { Organisation } from '../catalog/organisation.entity';

/**
 * A silent alarm a counter raised, open until someone of the office acknowledges it. A counter has
 * at most one open alarm: a partial unique index holds it, so a second raise from any process
 * finds the first instead of adding one.
 */
@Entity({ tableName: 'alarm' })
@Index({ name: 'alarm_open_per_counter', expression: `create unique index "alarm_open_per_counter" on "alarm" ("counter_id") where "acknowledged_at" is null` })
@Index({ name: 'alarm_open_of_office', expression: `create index "alarm_open_of_office" on "alarm" ("office_id") where "acknowledged_at" is null` })
export class Alarm {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @ManyToOne(() => Counter, { deleteRule: 'cascade' })
  counter!: Counter;

  @ManyToOne(() => StaffAccount, { deleteRule: 'set null', nullable: true })
  raisedBy: StaffAccount | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  raisedAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @ManyToOne(() => StaffAccount, { deleteRule: 'set null', nullable: true })
  acknowledgedBy: StaffAccount | null = null;
}
