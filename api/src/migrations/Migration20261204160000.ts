import { Migration } from '@mikro-orm/migrations';

// Messages an office can shape (issue 19, item 4): an organisation's and its offices' own texts of
// each message and language, and an office's reminder times, copy address and survey link. A row
// of an office is of that office's organisation: the foreign key on the pair (office_id,
// organisation_id) refuses any other.
export class Migration20261204160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "office_message_settings" ("id" bigserial primary key, "organisation_id" int not null, "office_id" int not null, "reminder_offsets_minutes" int[] null, "copy_email" text null, "survey_url" text null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`alter table "office_message_settings" add constraint "office_message_settings_office_id_unique" unique ("office_id");`);

    this.addSql(`create table "message_template" ("id" bigserial primary key, "organisation_id" int not null, "office_id" int null, "kind" text not null, "language" text not null, "subject" text not null, "body" text not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "message_template_office_id_index" on "message_template" ("office_id");`);
    this.addSql(`create unique index "message_template_scope_unique" on "message_template" ("organisation_id", coalesce("office_id", 0), "kind", "language");`);

    this.addSql(`alter table "office_message_settings" add constraint "office_message_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_message_settings" add constraint "office_message_settings_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "office_message_settings" add constraint "office_message_settings_office_id_organisation_id_foreign" foreign key ("office_id", "organisation_id") references "office" ("id", "organisation_id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "message_template" add constraint "message_template_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_template" add constraint "message_template_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_template" add constraint "message_template_office_id_organisation_id_foreign" foreign key ("office_id", "organisation_id") references "office" ("id", "organisation_id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "office_message_settings" cascade;`);
    this.addSql(`drop table if exists "message_template" cascade;`);
  }
}
