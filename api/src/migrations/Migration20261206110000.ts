import { Migration } from '@mikro-orm/migrations';

// Walk-ins told when their turn nears (issue 20): a phone number or an email a citizen leaves for
// one queue entry, and the browsers subscribed to its Web Push notice, both erased when the
// entry's day ends; outbox messages of the new push channel name the subscription they go to,
// and lose it (set null) when the push service says the browser is gone.
export class Migration20261206110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ticket_contact" ("id" bigserial primary key, "entry_id" bigint not null, "email" text null, "phone" text null, "language" text not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`alter table "ticket_contact" add constraint "ticket_contact_entry_id_unique" unique ("entry_id");`);
    this.addSql(`alter table "ticket_contact" add constraint "ticket_contact_entry_id_foreign" foreign key ("entry_id") references "queue_entry" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "ticket_push_subscription" ("id" bigserial primary key, "entry_id" bigint not null, "endpoint" text not null, "p256dh" text not null, "auth" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "ticket_push_subscription_entry_id_index" on "ticket_push_subscription" ("entry_id");`);
    this.addSql(`alter table "ticket_push_subscription" add constraint "ticket_push_subscription_entry_id_endpoint_unique" unique ("entry_id", "endpoint");`);
    this.addSql(
      `alter table "ticket_push_subscription" add constraint "ticket_push_subscription_entry_id_foreign" foreign key ("entry_id") references "queue_entry" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "outbox_message" add column "push_subscription_id" bigint null;`);
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_push_subscription_id_foreign" foreign key ("push_subscription_id") references "ticket_push_subscription" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "outbox_message_push_subscription_id_index" on "outbox_message" ("push_subscription_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_push_subscription_id_foreign";`);
    this.addSql(`alter table "outbox_message" drop column "push_subscription_id";`);
    this.addSql(`drop table if exists "ticket_push_subscription" cascade;`);
    this.addSql(`drop table if exists "ticket_contact" cascade;`);
  }
}
