import { BigIntType, Collection, Entity, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Office } from './office.entity';
import { Organisation } from './organisation.entity';

@ObjectType({ description: 'Offices grouped (ZMS cluster) for a shared display, a shared kiosk or a search.' })
@Entity({ tableName: 'office_group' })
@Unique({ properties: ['organisation', 'name'] })
export class OfficeGroup {
  @Field(() => ID, { description: 'Opaque id of the group.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Field(() => String, { description: 'Name of the group, unique in its organisation.' })
  @Property({ type: 'text' })
  name!: string;

  @ManyToMany(() => Office, undefined, { pivotTable: 'office_group_member', owner: true })
  offices = new Collection<Office>(this);
}
