import { Migration } from '@mikro-orm/migrations';

export class Migration20261124030024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "api_key_level" as enum ('public', 'callcenter');`);
    this.addSql(`create type "device_kind" as enum ('display', 'kiosk');`);
    this.addSql(`create type "office_role" as enum ('staff', 'officeAdmin');`);
    this.addSql(`create table "api_key" ("id" serial primary key, "name" text not null, "level" "api_key_level" not null, "key_digest" text not null, "key_prefix" text not null, "created_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_digest_unique" unique ("key_digest");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_kind" text not null, "actor_id" text not null, "actor_name" text not null, "action" text not null, "office_id" int null, "details" jsonb not null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_office_id_at_index" on "audit_entry" ("office_id", "at");`);

    this.addSql(`create table "device" ("id" serial primary key, "name" text not null, "kind" "device_kind" not null, "office_id" int null, "group_id" int null, "key_digest" text not null, "key_prefix" text not null, "created_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "device_office_id_index" on "device" ("office_id");`);
    this.addSql(`alter table "device" add constraint "device_key_digest_unique" unique ("key_digest");`);

    this.addSql(`create table "staff_account" ("id" serial primary key, "username" text not null, "display_name" text not null, "password_hash" text not null, "is_admin" boolean not null default false, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_username_unique" unique ("username");`);

    this.addSql(`create table "office_membership" ("id" serial primary key, "account_id" int not null, "office_id" int not null, "role" "office_role" not null);`);
    this.addSql(`create index "office_membership_office_id_index" on "office_membership" ("office_id");`);
    this.addSql(`alter table "office_membership" add constraint "office_membership_account_id_office_id_unique" unique ("account_id", "office_id");`);

    this.addSql(`create table "staff_session" ("id" bigserial primary key, "token_digest" text not null, "account_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null);`);
    this.addSql(`alter table "staff_session" add constraint "staff_session_token_digest_unique" unique ("token_digest");`);
    this.addSql(`create index "staff_session_account_id_index" on "staff_session" ("account_id");`);
    this.addSql(`create index "staff_session_expires_at_index" on "staff_session" ("expires_at");`);

    this.addSql(`alter table "device" add constraint "device_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "device" add constraint "device_group_id_foreign" foreign key ("group_id") references "office_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "office_membership" add constraint "office_membership_account_id_foreign" foreign key ("account_id") references "staff_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_membership" add constraint "office_membership_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "staff_session" add constraint "staff_session_account_id_foreign" foreign key ("account_id") references "staff_account" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office_membership" drop constraint "office_membership_account_id_foreign";`);

    this.addSql(`alter table "staff_session" drop constraint "staff_session_account_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "device" cascade;`);

    this.addSql(`drop table if exists "staff_account" cascade;`);

    this.addSql(`drop table if exists "office_membership" cascade;`);

    this.addSql(`drop table if exists "staff_session" cascade;`);


    this.addSql(`drop type "api_key_level";`);
    this.addSql(`drop type "device_kind";`);
    this.addSql(`drop type "office_role";`);
  }

}
