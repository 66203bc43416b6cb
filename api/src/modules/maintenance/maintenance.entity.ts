import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The installation's maintenance switch: one row (id 1), written by the maintenance module alone.
 * Every API process reads it, so that turning it on or off holds for all of them at once.
 */
@Entity({ tableName: 'maintenance_mode' })
export class MaintenanceMode {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number = 1;

  @Property({ type: 'boolean' })
  active: boolean = false;

  /** What the portal tells citizens, as the administrator wrote it. */
  @Property({ type: 'text' })
  message: string = '';

  /** When the administrator expects to be done; Retry-After counts down to it. */
  @Property({ type: 'timestamptz', nullable: true })
  expectedEndAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  changedAt: Date | null = null;
}
