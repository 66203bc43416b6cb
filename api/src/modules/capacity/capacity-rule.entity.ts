import { BigIntType, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { Office } from '../catalog/office.entity';

@ObjectType({ description: 'When and how many counters of an office serve appointments (ZMS availability).' })
@Entity({ tableName: 'capacity_rule' })
export class CapacityRule {
  @Field(() => ID, { description: 'Opaque id of the rule.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Office, { deleteRule: 'cascade', index: true })
  office!: Office;

  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @Property({ type: 'json' })
  weekdays!: number[];

  @Field(() => String, { description: 'Daily start, HH:MM local time; a new day enters the booking window at this time.' })
  @Property({ type: 'text' })
  startTime!: string;

  @Field(() => String, { description: 'Daily end, HH:MM local time (exclusive).' })
  @Property({ type: 'text' })
  endTime!: string;

  @Field(() => LocalDateScalar, { description: 'First day the rule applies.' })
  @Property({ type: 'string', columnType: 'date' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the rule applies; null = open-ended.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  validUntil: string | null = null;

  @Field(() => Int, { description: 'Applies every N weeks, counted from the week of validFrom.' })
  @Property({ type: 'integer' })
  repeatEveryWeeks: number = 1;

  @Field(() => Int, { description: 'Slot length in minutes.' })
  @Property({ type: 'integer' })
  slotMinutes: number = 10;

  @Field(() => Int, { description: 'Counters serving in parallel for bookings of the public (portal, 115, partners).' })
  @Property({ type: 'integer' })
  publicCounters!: number;

  @Field(() => Int, { description: 'Counters serving in parallel for bookings by staff on site (≥ publicCounters).' })
  @Property({ type: 'integer' })
  internCounters!: number;

  @Field(() => Int, { description: 'Lead time in days: closer days are bookable by staff only.' })
  @Property({ type: 'integer' })
  startInDays: number = 1;

  @Field(() => Int, { description: 'How many days ahead the booking window reaches.' })
  @Property({ type: 'integer' })
  endInDays: number = 60;
}
