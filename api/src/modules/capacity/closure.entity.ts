import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { Office } from '../catalog/office.entity';

@ObjectType({ description: 'A day an office is closed: it has no slots.' })
@Entity({ tableName: 'closure' })
@Unique({ properties: ['office', 'date'] })
export class Closure {
  @Field(() => ID, { description: 'Opaque id of the closure.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Field(() => LocalDateScalar, { description: 'The day the office is closed.' })
  @Property({ type: 'string', columnType: 'date' })
  date!: string;

  @Field(() => String, { description: 'Why, for staff; may be empty.' })
  @Property({ type: 'text' })
  reason: string = '';
}
