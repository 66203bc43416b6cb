import { Collection, Entity, ManyToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Office } from './office.entity';

@ObjectType({ description: 'Offices grouped (ZMS cluster) for a shared display, a shared kiosk or a search.' })
@Entity({ tableName: 'office_group' })
export class OfficeGroup {
  @Field(() => ID, { description: 'Opaque id of the group.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Unique name of the group.' })
  @Unique()
  @Property({ type: 'text' })
  name!: string;

  @ManyToMany(() => Office, undefined, { pivotTable: 'office_group_member', owner: true })
  offices = new Collection<Office>(this);
}
