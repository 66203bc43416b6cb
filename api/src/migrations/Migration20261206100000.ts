import { Migration } from '@mikro-orm/migrations';

/**
 * Several persons per service (issue 20): an appointment's service keeps for how many persons it
 * was booked, so that moves keep the quantity and the counter shows it; existing bookings were
 * for one person each.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appointment_service" add column "quantity" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment_service" drop column "quantity";`);
  }
}
