import { Migration } from '@mikro-orm/migrations';

// Every message is an organisation's now that the waitlist's welcome names its offices: those
// written before (only on an installation of one organisation) join the first one.
export class Migration20261204140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "outbox_message" set "organisation_id" = (select min("id") from "organisation") where "organisation_id" is null;`);
    this.addSql(`delete from "outbox_message" where "organisation_id" is null;`);
    this.addSql(`alter table "outbox_message" alter column "organisation_id" set not null;`);
    // Their delivery jobs follow them.
    this.addSql(`update "job" j set "organisation_id" = m."organisation_id" from "outbox_message" m where j."kind" = 'deliverMessage' and j."organisation_id" is null and j."key" = m."id"::text;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_message" alter column "organisation_id" drop not null;`);
  }
}
