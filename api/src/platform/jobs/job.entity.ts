import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * Pending background work: one row per kind and key, due at runAt. Workers in any API process
 * take due rows with FOR UPDATE SKIP LOCKED, so each runs once; after downtime they are simply due.
 */
@Entity({ tableName: 'job' })
@Unique({ properties: ['kind', 'key'] })
@Index({ properties: ['runAt'] })
export class Job {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  runAt!: Date;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
