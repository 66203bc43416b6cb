import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** The authority that runs offices (Land Berlin, a district); offices belong to one. */
@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  name!: string;
}
