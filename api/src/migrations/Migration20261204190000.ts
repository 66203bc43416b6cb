import { Migration } from '@mikro-orm/migrations';

/** A digits-only text as an int, else null (a job's key is text). */
const idOf = (text: string) => `case when ${text} ~ '^[0-9]{1,18}$' then (${text})::bigint end`;

/** The organisation of a job by what its key names (Migration20261204120000), with webhook deliveries among them or without. */
function jobOrganisation(withWebhooks: boolean): string {
  return `create or replace function "job_organisation"(r "job") returns int language plpgsql stable as $$
    declare found int; derived int; low int; high int;
    begin
      if derived is null then derived := case r."kind"
        when 'freeCapacity' then (select "organisation_id" from "appointment" where "id" = ${idOf('r."key"')})
        when 'sendReminder' then (select "organisation_id" from "appointment" where "id" = ${idOf(`split_part(r."key", '|', 1)`)})
        when 'extendWindow' then (select "organisation_id" from "office" where "id" = ${idOf('r."key"')})
        when 'endDay' then (select "organisation_id" from "office" where "id" = ${idOf('r."key"')})
        when 'deliverMessage' then (select "organisation_id" from "outbox_message" where "id" = ${idOf('r."key"')})${
          withWebhooks ? `\n        when 'deliverWebhook' then (select "organisation_id" from "webhook_delivery" where "id" = ${idOf('r."key"')})` : ''
        }
      end; end if;
      return derived;
    end $$;`;
}

// Webhooks (issue 19, item 1): endpoints with their sealed secrets, one delivery per endpoint and
// fact with its attempts, and which API key booked an appointment (its endpoints hear of it alone).
export class Migration20261204190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "webhook_delivery_status" as enum ('pending', 'delivered', 'failed');`);

    this.addSql(`create table "webhook_booking_origin" ("appointment_id" int not null, "organisation_id" int not null, "api_key_id" int not null, constraint "webhook_booking_origin_pkey" primary key ("appointment_id"));`);
    this.addSql(`create index "webhook_booking_origin_api_key_id_index" on "webhook_booking_origin" ("api_key_id");`);

    this.addSql(`create table "webhook_endpoint" ("id" bigserial primary key, "organisation_id" int not null, "owner_account_id" int null, "owner_api_key_id" int null, "url" text not null, "event_types" text[] not null, "contact_email" text not null, "with_contact" boolean not null, "secret_sealed" text not null, "consecutive_failures" int not null default 0, "disabled_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`create index "webhook_endpoint_organisation_id_index" on "webhook_endpoint" ("organisation_id");`);
    this.addSql(`create index "webhook_endpoint_owner_api_key_id_index" on "webhook_endpoint" ("owner_api_key_id");`);

    this.addSql(`create table "webhook_delivery" ("id" bigserial primary key, "organisation_id" int not null, "endpoint_id" bigint not null, "message_id" text not null, "type" text not null, "body" text not null, "status" "webhook_delivery_status" not null default 'pending', "attempts" int not null default 0, "created_at" timestamptz not null, "delivered_at" timestamptz null);`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`);

    this.addSql(`create table "webhook_attempt" ("id" bigserial primary key, "organisation_id" int not null, "delivery_id" bigint not null, "attempted_at" timestamptz not null, "succeeded" boolean not null, "response_code" int null, "error" text null, "duration_ms" int not null);`);
    this.addSql(`create index "webhook_attempt_delivery_id_index" on "webhook_attempt" ("delivery_id");`);

    this.addSql(`alter table "webhook_booking_origin" add constraint "webhook_booking_origin_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_booking_origin" add constraint "webhook_booking_origin_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_booking_origin" add constraint "webhook_booking_origin_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_owner_account_id_foreign" foreign key ("owner_account_id") references "staff_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_owner_api_key_id_foreign" foreign key ("owner_api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_attempt" add constraint "webhook_attempt_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade on delete cascade;`);

    // A delivery's job is its organisation's, as a message's is.
    this.addSql(jobOrganisation(true));
  }

  override async down(): Promise<void> {
    this.addSql(jobOrganisation(false));
    this.addSql(`drop table if exists "webhook_attempt" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
    this.addSql(`drop table if exists "webhook_booking_origin" cascade;`);
    this.addSql(`drop type "webhook_delivery_status";`);
  }
}
