import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create sequence "appointment_number_seq" start 100001;`);
    this.addSql(`create type "appointment_status" as enum ('reserved', 'preconfirmed', 'confirmed', 'checkedIn', 'called', 'inService', 'finished', 'expired', 'cancelled', 'noShow', 'missed');`);
    this.addSql(`create type "booking_channel" as enum ('PORTAL', 'PARTNER', 'HOTLINE', 'COUNTER', 'KIOSK');`);
    this.addSql(`create type "contingent" as enum ('public', 'intern');`);
    this.addSql(`create table "job" ("id" bigserial primary key, "kind" text not null, "key" text not null, "run_at" timestamptz not null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`create index "job_run_at_index" on "job" ("run_at");`);
    this.addSql(`alter table "job" add constraint "job_kind_key_unique" unique ("kind", "key");`);

    this.addSql(`create table "office_group" ("id" serial primary key, "name" text not null);`);
    this.addSql(`alter table "office_group" add constraint "office_group_name_unique" unique ("name");`);

    this.addSql(`create table "organisation" ("id" serial primary key, "name" text not null);`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`create table "office" ("id" serial primary key, "organisation_id" int not null, "external_id" text null, "name" text not null, "address_street" text not null default '', "address_house_number" text not null default '', "address_postal_code" text not null default '', "address_city" text not null default 'Berlin', "time_zone" text not null default 'Europe/Berlin', "url" text null, "opening_hours" jsonb not null, "settings_reservation_minutes" int not null default 20, "settings_release_delay_minutes" int not null default 5, "settings_max_services_per_appointment" int not null default 3, "settings_double_opt_in" boolean not null default false, "settings_ticket_first_number" int not null default 1, "settings_ticket_last_number" int not null default 999, "settings_ticket_daily_contingent" int not null default 300, "settings_check_in_early_minutes" int not null default 30, "settings_check_in_late_minutes" int not null default 15, "settings_max_calls" int not null default 3, "version" int not null default 0);`);
    this.addSql(`alter table "office" add constraint "office_external_id_unique" unique ("external_id");`);

    this.addSql(`create table "office_group_member" ("office_group_id" int not null, "office_id" int not null, constraint "office_group_member_pkey" primary key ("office_group_id", "office_id"));`);

    this.addSql(`create table "counter" ("id" serial primary key, "office_id" int not null, "name" text not null, "room" text null);`);
    this.addSql(`alter table "counter" add constraint "counter_office_id_name_unique" unique ("office_id", "name");`);

    this.addSql(`create table "closure" ("id" serial primary key, "office_id" int not null, "date" date not null, "reason" text not null default '');`);
    this.addSql(`alter table "closure" add constraint "closure_office_id_date_unique" unique ("office_id", "date");`);

    this.addSql(`create table "capacity_rule" ("id" serial primary key, "office_id" int not null, "weekdays" jsonb not null, "start_time" text not null, "end_time" text not null, "valid_from" date not null, "valid_until" date null, "repeat_every_weeks" int not null default 1, "slot_minutes" int not null default 10, "public_counters" int not null, "intern_counters" int not null, "start_in_days" int not null default 1, "end_in_days" int not null default 60);`);
    this.addSql(`create index "capacity_rule_office_id_index" on "capacity_rule" ("office_id");`);

    this.addSql(`create table "appointment" ("id" serial primary key, "number" int not null default nextval('appointment_number_seq'), "office_id" int not null, "status" "appointment_status" not null, "channel" "booking_channel" not null, "contingent" "contingent" not null, "start_at" timestamptz not null, "end_at" timestamptz not null, "local_date" date not null, "hold_expires_at" timestamptz null, "reservation_token_digest" text null, "secret_digest" text null, "contact_name" text null, "contact_email" text null, "contact_phone" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "appointment" add constraint "appointment_number_unique" unique ("number");`);
    this.addSql(`create index "appointment_hold_expires_at_index" on "appointment" ("hold_expires_at");`);
    this.addSql(`alter table "appointment" add constraint "appointment_reservation_token_digest_unique" unique ("reservation_token_digest");`);
    this.addSql(`create index "appointment_office_id_start_at_index" on "appointment" ("office_id", "start_at");`);

    this.addSql(`create table "service" ("id" serial primary key, "external_id" text null, "name" text not null, "description" text null, "url" text null);`);
    this.addSql(`alter table "service" add constraint "service_external_id_unique" unique ("external_id");`);
    this.addSql(`create index "service_name_index" on "service" ("name");`);

    this.addSql(`create table "office_service" ("id" serial primary key, "office_id" int not null, "service_id" int not null, "duration_slots" int not null default 1, "bookable_online" boolean not null default true);`);
    this.addSql(`create index "office_service_service_id_index" on "office_service" ("service_id");`);
    this.addSql(`alter table "office_service" add constraint "office_service_office_id_service_id_unique" unique ("office_id", "service_id");`);

    this.addSql(`create table "appointment_service" ("id" serial primary key, "appointment_id" int not null, "position" int not null, "service_id" int not null, "duration_slots" int not null);`);
    this.addSql(`alter table "appointment_service" add constraint "appointment_service_appointment_id_position_unique" unique ("appointment_id", "position");`);

    this.addSql(`create table "slot" ("id" bigserial primary key, "office_id" int not null, "local_date" date not null, "start_at" timestamptz not null, "end_at" timestamptz not null, "public_capacity" int not null, "intern_capacity" int not null, "taken" int not null default 0, "bookable_from" timestamptz not null, "public_until" timestamptz not null, constraint slot_capacity_check check (taken >= 0 and public_capacity >= 0 and intern_capacity >= public_capacity));`);
    this.addSql(`create index "slot_office_id_local_date_start_at_index" on "slot" ("office_id", "local_date", "start_at");`);
    this.addSql(`alter table "slot" add constraint "slot_office_id_start_at_unique" unique ("office_id", "start_at");`);

    this.addSql(`create table "slot_claim" ("id" bigserial primary key, "slot_id" bigint not null, "appointment_id" int not null, "release_at" timestamptz null);`);
    this.addSql(`create index "slot_claim_slot_id_index" on "slot_claim" ("slot_id");`);
    this.addSql(`create index "slot_claim_appointment_id_index" on "slot_claim" ("appointment_id");`);
    this.addSql(`create index "slot_claim_release_at_index" on "slot_claim" ("release_at");`);

    this.addSql(`alter table "office" add constraint "office_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "office_group_member" add constraint "office_group_member_office_group_id_foreign" foreign key ("office_group_id") references "office_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_group_member" add constraint "office_group_member_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "counter" add constraint "counter_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "closure" add constraint "closure_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "capacity_rule" add constraint "capacity_rule_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appointment" add constraint "appointment_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "office_service" add constraint "office_service_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_service" add constraint "office_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appointment_service" add constraint "appointment_service_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment_service" add constraint "appointment_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "slot" add constraint "slot_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "slot_claim" add constraint "slot_claim_slot_id_foreign" foreign key ("slot_id") references "slot" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "slot_claim" add constraint "slot_claim_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office_group_member" drop constraint "office_group_member_office_group_id_foreign";`);

    this.addSql(`alter table "office" drop constraint "office_organisation_id_foreign";`);

    this.addSql(`alter table "office_group_member" drop constraint "office_group_member_office_id_foreign";`);

    this.addSql(`alter table "counter" drop constraint "counter_office_id_foreign";`);

    this.addSql(`alter table "closure" drop constraint "closure_office_id_foreign";`);

    this.addSql(`alter table "capacity_rule" drop constraint "capacity_rule_office_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_office_id_foreign";`);

    this.addSql(`alter table "office_service" drop constraint "office_service_office_id_foreign";`);

    this.addSql(`alter table "slot" drop constraint "slot_office_id_foreign";`);

    this.addSql(`alter table "appointment_service" drop constraint "appointment_service_appointment_id_foreign";`);

    this.addSql(`alter table "slot_claim" drop constraint "slot_claim_appointment_id_foreign";`);

    this.addSql(`alter table "office_service" drop constraint "office_service_service_id_foreign";`);

    this.addSql(`alter table "appointment_service" drop constraint "appointment_service_service_id_foreign";`);

    this.addSql(`alter table "slot_claim" drop constraint "slot_claim_slot_id_foreign";`);

    this.addSql(`drop table if exists "job" cascade;`);

    this.addSql(`drop table if exists "office_group" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "office" cascade;`);

    this.addSql(`drop table if exists "office_group_member" cascade;`);

    this.addSql(`drop table if exists "counter" cascade;`);

    this.addSql(`drop table if exists "closure" cascade;`);

    this.addSql(`drop table if exists "capacity_rule" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "office_service" cascade;`);

    this.addSql(`drop table if exists "appointment_service" cascade;`);

    this.addSql(`drop table if exists "slot" cascade;`);

    this.addSql(`drop table if exists "slot_claim" cascade;`);

    this.addSql(`drop type "appointment_status";`);
    this.addSql(`drop type "booking_channel";`);
    this.addSql(`drop type "contingent";`);
    this.addSql(`drop sequence if exists "appointment_number_seq";`);
  }

}
