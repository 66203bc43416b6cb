import { Migration } from '@mikro-orm/migrations';

export class Migration20261124032114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "queue_entry_status" as enum ('waiting', 'called', 'inService', 'parked', 'missed', 'finished', 'redirected', 'cancelled');`);
    this.addSql(`create table "queue_entry" ("id" serial primary key, "office_id" int not null, "local_date" date not null, "appointment_id" int null, "ticket_number" int null, "display_number" text not null, "secret_digest" text null, "status" "queue_entry_status" not null, "channel" "booking_channel" not null, "priority" smallint not null, "service_ids" jsonb not null, "arrived_at" timestamptz not null, "appointment_start" timestamptz null, "last_called_at" timestamptz null, "called_count" int not null default 0, "counter_id" int null, "service_started_at" timestamptz null, "finished_at" timestamptz null, "served_service_ids" jsonb null, "redirected_to_id" int null, "counted" boolean not null default false);`);
    this.addSql(`alter table "queue_entry" add constraint "queue_entry_appointment_id_unique" unique ("appointment_id");`);
    this.addSql(`create unique index "queue_entry_active_ticket_number" on "queue_entry" ("office_id", "local_date", "ticket_number") where "ticket_number" is not null and "status" in ('waiting', 'called', 'inService', 'parked', 'missed');`);
    this.addSql(`create index "queue_entry_office_id_local_date_status_index" on "queue_entry" ("office_id", "local_date", "status");`);

    this.addSql(`create table "queue_call" ("id" bigserial primary key, "office_id" int not null, "entry_id" int not null, "display_number" text not null, "counter_name" text not null, "room" text null, "called_at" timestamptz not null);`);
    this.addSql(`create index "queue_call_office_id_called_at_index" on "queue_call" ("office_id", "called_at");`);

    this.addSql(`create table "queue_statistic" ("id" bigserial primary key, "office_id" int not null, "local_date" date not null, "channel" "booking_channel" not null, "with_appointment" boolean not null, "outcome" text not null, "service_ids" jsonb not null, "waiting_minutes" int null, "service_minutes" int null);`);
    this.addSql(`create index "queue_statistic_office_id_local_date_index" on "queue_statistic" ("office_id", "local_date");`);

    this.addSql(`create table "counter_session" ("id" serial primary key, "account_id" int not null, "office_id" int not null, "counter_id" int not null, "service_ids" jsonb null, "signed_in_at" timestamptz not null);`);
    this.addSql(`alter table "counter_session" add constraint "counter_session_account_id_unique" unique ("account_id");`);
    this.addSql(`create index "counter_session_office_id_index" on "counter_session" ("office_id");`);

    this.addSql(`create table "ticket_day" ("office_id" int not null, "local_date" date not null, "last_issued" int null, "issued_count" int not null default 0, constraint "ticket_day_pkey" primary key ("office_id", "local_date"));`);

    this.addSql(`alter table "queue_entry" add constraint "queue_entry_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "queue_entry" add constraint "queue_entry_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "queue_entry" add constraint "queue_entry_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "queue_entry" add constraint "queue_entry_redirected_to_id_foreign" foreign key ("redirected_to_id") references "office" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "queue_call" add constraint "queue_call_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "queue_call" add constraint "queue_call_entry_id_foreign" foreign key ("entry_id") references "queue_entry" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "queue_statistic" add constraint "queue_statistic_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "counter_session" add constraint "counter_session_account_id_foreign" foreign key ("account_id") references "staff_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "counter_session" add constraint "counter_session_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "counter_session" add constraint "counter_session_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket_day" add constraint "ticket_day_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "queue_call" drop constraint "queue_call_entry_id_foreign";`);

    this.addSql(`drop table if exists "queue_entry" cascade;`);

    this.addSql(`drop table if exists "queue_call" cascade;`);

    this.addSql(`drop table if exists "queue_statistic" cascade;`);

    this.addSql(`drop table if exists "counter_session" cascade;`);

    this.addSql(`drop table if exists "ticket_day" cascade;`);

    this.addSql(`drop type "queue_entry_status";`);
  }

}
