import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { Organisation } from '../catalog/organisation.entity';

@ObjectType({ description: "A day an organisation adds to its offices' public holidays (e.g. a one-off Land holiday the calendar does not know yet): none of its offices has slots on it." })
@Entity({ tableName: 'organisation_holiday' })
@Unique({ properties: ['organisation', 'day'] })
export class OrganisationHoliday {
  @Field(() => ID, { description: 'Opaque id of the day.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @Field(() => LocalDateScalar, { description: 'The day.' })
  @Property({ type: 'string', columnType: 'date' })
  day!: string;

  @Field(() => String, { description: 'What it is, e.g. "Tag der Befreiung (80. Jahrestag)".' })
  @Property({ type: 'text' })
  name!: string;
}
