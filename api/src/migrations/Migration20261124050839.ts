import { Migration } from '@mikro-orm/migrations';

export class Migration20261124050839 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbox_message" ("id" bigserial primary key, "message_id" text not null, "kind" text not null, "channel" text not null, "recipient" text not null, "subject" text not null, "text_body" text not null, "html_body" text null, "ics" text null, "dedupe_key" text null, "appointment_id" int null, "office_id" int null, "status" text not null default 'pending', "attempts" int not null default 0, "last_error" text null, "delivered_via" text null, "created_at" timestamptz not null, "sent_at" timestamptz null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_message_id_unique" unique ("message_id");`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "outbox_message_appointment_id_index" on "outbox_message" ("appointment_id");`);
    this.addSql(`create index "outbox_message_created_at_index" on "outbox_message" ("created_at");`);

    this.addSql(`create table "waitlist_entry" ("id" serial primary key, "appointment_id" int null, "service_ids" jsonb not null, "office_ids" jsonb not null, "starts_before" timestamptz null, "status" text not null default 'waiting', "contact_name" text null, "contact_email" text null, "contact_language" text not null default 'de', "created_at" timestamptz not null);`);
    this.addSql(`create index "waitlist_entry_appointment_id_index" on "waitlist_entry" ("appointment_id");`);
    this.addSql(`create index "waitlist_entry_status_created_at_index" on "waitlist_entry" ("status", "created_at");`);
    // One waiting entry per appointment: joining twice must not put a citizen in line twice.
    this.addSql(`create unique index "waitlist_entry_waiting_appointment_unique" on "waitlist_entry" ("appointment_id") where "status" = 'waiting';`);

    this.addSql(`create table "waitlist_offer" ("id" serial primary key, "entry_id" int not null, "hold_id" int null, "office_id" int not null, "start_at" timestamptz not null, "hold_expires_at" timestamptz not null, "status" text not null default 'open', "created_at" timestamptz not null);`);
    this.addSql(`create index "waitlist_offer_entry_id_index" on "waitlist_offer" ("entry_id");`);
    this.addSql(`create index "waitlist_offer_hold_id_index" on "waitlist_offer" ("hold_id");`);
    this.addSql(`alter table "waitlist_offer" add constraint "waitlist_offer_entry_id_office_id_start_at_unique" unique ("entry_id", "office_id", "start_at");`);

    this.addSql(`alter table "outbox_message" add constraint "outbox_message_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "waitlist_entry" add constraint "waitlist_entry_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "waitlist_offer" add constraint "waitlist_offer_entry_id_foreign" foreign key ("entry_id") references "waitlist_entry" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "waitlist_offer" add constraint "waitlist_offer_hold_id_foreign" foreign key ("hold_id") references "appointment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "waitlist_offer" add constraint "waitlist_offer_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "office" add column "settings_contact_retention_days" int not null default 30, add column "settings_no_show_limit" int not null default 0;`);

    this.addSql(`alter table "appointment" add column "contact_language" text not null default 'de', add column "contact_digest" text null;`);
    this.addSql(`create index "appointment_contact_digest_index" on "appointment" ("contact_digest");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "waitlist_offer" drop constraint "waitlist_offer_entry_id_foreign";`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "waitlist_entry" cascade;`);

    this.addSql(`drop table if exists "waitlist_offer" cascade;`);

    this.addSql(`drop index "appointment_contact_digest_index";`);
    this.addSql(`alter table "appointment" drop column "contact_language", drop column "contact_digest";`);

    this.addSql(`alter table "office" drop column "settings_contact_retention_days", drop column "settings_no_show_limit";`);
  }

}
