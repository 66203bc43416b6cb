import { Migration } from '@mikro-orm/migrations';

export class Migration20261124032704 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "office" add column "settings_ticket_prefix" text not null default '';`);

    this.addSql(`alter table "slot_claim" add column "queue_entry_id" int null;`);
    this.addSql(`alter table "slot_claim" alter column "appointment_id" type int using ("appointment_id"::int);`);
    this.addSql(`alter table "slot_claim" alter column "appointment_id" drop not null;`);
    this.addSql(`alter table "slot_claim" add constraint "slot_claim_queue_entry_id_foreign" foreign key ("queue_entry_id") references "queue_entry" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "slot_claim_queue_entry_id_index" on "slot_claim" ("queue_entry_id");`);
    this.addSql(`alter table "slot_claim" add constraint slot_claim_holder_check check((appointment_id is null) <> (queue_entry_id is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "slot_claim" drop constraint "slot_claim_queue_entry_id_foreign";`);

    this.addSql(`alter table "office" drop column "settings_ticket_prefix";`);

    this.addSql(`drop index "slot_claim_queue_entry_id_index";`);
    this.addSql(`alter table "slot_claim" drop constraint slot_claim_holder_check;`);
    this.addSql(`alter table "slot_claim" drop column "queue_entry_id";`);

    this.addSql(`alter table "slot_claim" alter column "appointment_id" type int4 using ("appointment_id"::int4);`);
    this.addSql(`alter table "slot_claim" alter column "appointment_id" set not null;`);
  }

}
