import { Migration } from '@mikro-orm/migrations';

// Joining the queue from home (issue 20): a remote ticket holds its number as `expected` until its
// citizen checks in, and becomes a `noShow` if they never do; it is marked `remote`, knows until
// when it may check in, and keeps a keyed digest of its contact (never the contact) for the
// no-show limit. The status type is built anew rather than extended with `add value`: migrations
// run in one transaction, and a value added to an existing type cannot be used (by the index
// below) before that transaction commits.
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "queue_entry_active_ticket_number";`);
    this.addSql(`alter type "queue_entry_status" rename to "queue_entry_status_before_remote";`);
    this.addSql(`create type "queue_entry_status" as enum ('expected', 'waiting', 'called', 'inService', 'parked', 'missed', 'finished', 'redirected', 'cancelled', 'noShow');`);
    this.addSql(`alter table "queue_entry" alter column "status" type "queue_entry_status" using "status"::text::"queue_entry_status";`);
    this.addSql(`drop type "queue_entry_status_before_remote";`);
    this.addSql(`alter table "queue_entry" add column "remote" boolean not null default false, add column "check_in_until" timestamptz null, add column "contact_digest" text null;`);
    this.addSql(`create index "queue_entry_contact_digest_index" on "queue_entry" ("contact_digest");`);
    this.addSql(
      `create unique index "queue_entry_active_ticket_number" on "queue_entry" ("office_id", "local_date", "ticket_number") where "ticket_number" is not null and "status" in ('expected', 'waiting', 'called', 'inService', 'parked', 'missed');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "queue_entry_active_ticket_number";`);
    this.addSql(`drop index "queue_entry_contact_digest_index";`);
    this.addSql(`alter table "queue_entry" drop column "remote", drop column "check_in_until", drop column "contact_digest";`);
    this.addSql(`update "queue_entry" set "status" = 'missed' where "status" in ('expected', 'noShow');`);
    this.addSql(`alter type "queue_entry_status" rename to "queue_entry_status_with_remote";`);
    this.addSql(`create type "queue_entry_status" as enum ('waiting', 'called', 'inService', 'parked', 'missed', 'finished', 'redirected', 'cancelled');`);
    this.addSql(`alter table "queue_entry" alter column "status" type "queue_entry_status" using "status"::text::"queue_entry_status";`);
    this.addSql(`drop type "queue_entry_status_with_remote";`);
    this.addSql(
      `create unique index "queue_entry_active_ticket_number" on "queue_entry" ("office_id", "local_date", "ticket_number") where "ticket_number" is not null and "status" in ('waiting', 'called', 'inService', 'parked', 'missed');`,
    );
  }
}
