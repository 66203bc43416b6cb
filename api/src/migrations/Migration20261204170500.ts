import { Migration } from '@mikro-orm/migrations';

// Silent alarms of counters (issue 18, item 7): one open alarm per counter, held by a partial
// unique index, so that raising twice from any process finds the first. And the office setting
// after how many minutes of waiting the lead panel raises its alert (item 6).
export class Migration20261204170500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "alarm" ("id" bigserial primary key, "organisation_id" bigint not null, "office_id" bigint not null, "counter_id" bigint not null, "raised_by_id" bigint null, "raised_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" bigint null);`);
    this.addSql(`create index "alarm_open_of_office" on "alarm" ("office_id") where "acknowledged_at" is null;`);
    this.addSql(`create unique index "alarm_open_per_counter" on "alarm" ("counter_id") where "acknowledged_at" is null;`);
    this.addSql(`alter table "alarm" add constraint "alarm_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "alarm" add constraint "alarm_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alarm" add constraint "alarm_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alarm" add constraint "alarm_raised_by_id_foreign" foreign key ("raised_by_id") references "staff_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "alarm" add constraint "alarm_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "staff_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "office" add column "settings_wait_alert_minutes" int not null default 30;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop column "settings_wait_alert_minutes";`);
    this.addSql(`drop table "alarm";`);
  }
}
