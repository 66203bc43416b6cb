import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Office } from './office.entity';

@ObjectType({ description: 'A counter (Schalter, workstation) of an office, where staff call customers to.' })
@Entity({ tableName: 'counter' })
@Unique({ properties: ['office', 'name'] })
export class Counter {
  @Field(() => ID, { description: 'Opaque id of the counter.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Field(() => String, { description: 'Name shown on call displays, e.g. "Schalter 3".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Room or place, e.g. "Raum 104".' })
  @Property({ type: 'text', nullable: true })
  room: string | null = null;
}
