import { ArrayType, BigIntType, Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { Office } from '../catalog/office.entity';

@ObjectType({ description: 'Days an office is closed, first to last: they have no slots.' })
@Entity({ tableName: 'closure' })
@Unique({ properties: ['office', 'date'] })
@Check({ name: 'closure_until_after_date', expression: 'until_date >= date' })
export class Closure {
  @Field(() => ID, { description: 'Opaque id of the closure.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Field(() => LocalDateScalar, { description: 'The first day the office is closed.' })
  @Property({ type: 'string', columnType: 'date' })
  date!: string;

  @Field(() => LocalDateScalar, { description: 'The last day the office is closed; the same as `date` for one day.' })
  @Property({ type: 'string', columnType: 'date', fieldName: 'until_date' })
  until!: string;

  @Field(() => String, { description: 'Why, for staff; may be empty.' })
  @Property({ type: 'text' })
  reason: string = '';

  /** Booked appointments on these days that the office admin chose to keep: handled, not open. */
  @Property({ type: new ArrayType((id) => Number(id)), columnType: 'bigint[]', default: '{}' })
  keptAppointmentIds: number[] = [];
}
