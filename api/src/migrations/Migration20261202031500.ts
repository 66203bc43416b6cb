import { Migration } from '@mikro-orm/migrations';

/** Closures over days in a row (a first and a last day), and the booked appointments an office keeps on them. */
export class Migration20261202031500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "closure" add column "until_date" date null, add column "kept_appointment_ids" integer[] not null default '{}';`);
    // Every closure so far was one day long.
    this.addSql(`update "closure" set "until_date" = "date";`);
    this.addSql(`alter table "closure" alter column "until_date" set not null;`);
    this.addSql(`alter table "closure" add constraint closure_until_after_date check(until_date >= date);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "closure" drop constraint closure_until_after_date;`);
    this.addSql(`alter table "closure" drop column "until_date", drop column "kept_appointment_ids";`);
  }
}
