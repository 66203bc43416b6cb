import { Migration } from '@mikro-orm/migrations';

// An office's booking form (its extra fields and remarks setting), what appointments were booked
// with beyond the contact data, and staff's internal notes (issue 18, item 5). Each row carries its
// organisation, set by the writer from the office or appointment it belongs to.
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "remarks_mode" as enum ('off', 'optional', 'required');`);
    this.addSql(`create type "booking_field_kind" as enum ('text', 'choice', 'checkbox');`);
    this.addSql(`create table "booking_form" ("office_id" bigint not null, "organisation_id" bigint not null, "remarks" "remarks_mode" not null, "remarks_max_length" int not null, constraint "booking_form_pkey" primary key ("office_id"));`);

    this.addSql(`create table "booking_field" ("id" bigserial primary key, "organisation_id" bigint not null, "office_id" bigint not null, "key" text not null, "kind" "booking_field_kind" not null, "required" boolean not null, "labels" jsonb not null, "options" jsonb not null, "max_length" int null, "position" int not null, "retired_at" timestamptz null);`);
    this.addSql(`alter table "booking_field" add constraint "booking_field_office_id_key_unique" unique ("office_id", "key");`);

    this.addSql(`create table "appointment_detail" ("appointment_id" bigint not null, "organisation_id" bigint not null, "remarks" text null, "field_values" jsonb not null, constraint "appointment_detail_pkey" primary key ("appointment_id"));`);

    this.addSql(`create table "internal_note" ("id" bigserial primary key, "organisation_id" bigint not null, "appointment_id" bigint null, "queue_entry_id" bigint null, "author_id" bigint null, "author_name" text not null, "text" text not null, "created_at" timestamptz not null, constraint internal_note_one_subject check ((appointment_id is null) <> (queue_entry_id is null)));`);
    this.addSql(`create index "internal_note_appointment_id_index" on "internal_note" ("appointment_id");`);
    this.addSql(`create index "internal_note_queue_entry_id_index" on "internal_note" ("queue_entry_id");`);

    this.addSql(`alter table "booking_form" add constraint "booking_form_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking_form" add constraint "booking_form_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "booking_field" add constraint "booking_field_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "booking_field" add constraint "booking_field_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appointment_detail" add constraint "appointment_detail_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment_detail" add constraint "appointment_detail_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "internal_note" add constraint "internal_note_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "internal_note" add constraint "internal_note_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "internal_note" add constraint "internal_note_queue_entry_id_foreign" foreign key ("queue_entry_id") references "queue_entry" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "internal_note" add constraint "internal_note_author_id_foreign" foreign key ("author_id") references "staff_account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_form" cascade;`);

    this.addSql(`drop table if exists "booking_field" cascade;`);

    this.addSql(`drop table if exists "appointment_detail" cascade;`);

    this.addSql(`drop table if exists "internal_note" cascade;`);

    this.addSql(`drop type "remarks_mode";`);
    this.addSql(`drop type "booking_field_kind";`);
  }

}
