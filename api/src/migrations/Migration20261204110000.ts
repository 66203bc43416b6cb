import { Migration } from '@mikro-orm/migrations';

// Days an organisation adds to its offices' public holidays (issue 17, item 3): one-off days the
// holiday calendar of its regions does not know. One row per organisation and day.
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organisation_holiday" ("id" bigserial primary key, "organisation_id" int not null, "day" date not null, "name" text not null);`);
    this.addSql(`alter table "organisation_holiday" add constraint "organisation_holiday_organisation_id_day_unique" unique ("organisation_id", "day");`);
    this.addSql(`alter table "organisation_holiday" add constraint "organisation_holiday_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organisation_holiday" cascade;`);
  }
}
