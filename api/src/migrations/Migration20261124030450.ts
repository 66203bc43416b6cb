import { Migration } from '@mikro-orm/migrations';

// The appointment number is drawn explicitly (nextval in the insert): a column default on a
// sequence makes MikroORM's schema diff take the column for a serial and emit changes forever.
export class Migration20261124030450 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appointment" alter column "number" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" alter column "number" set default nextval('appointment_number_seq');`);
  }
}
