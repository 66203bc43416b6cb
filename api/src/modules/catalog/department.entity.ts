import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.entity';

@ObjectType({ description: 'A part of an organisation that runs offices, e.g. a Bezirksamt; its administrators administer exactly its offices.' })
@Entity({ tableName: 'department' })
@Unique({ properties: ['organisation', 'name'] })
export class Department {
  @Field(() => ID, { description: 'Opaque id of the department.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict', index: true })
  organisation!: Organisation;

  @Field(() => String, { description: 'Its name, unique in the organisation, e.g. "Bezirksamt Mitte".' })
  @Property({ type: 'text' })
  name!: string;
}
