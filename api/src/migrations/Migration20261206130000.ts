import { Migration } from '@mikro-orm/migrations';

// Issue 20, items 5 and 7: each organisation may name its own imprint, privacy notice and
// accessibility statement (BITV 2.0), a null column taking the installation's setting; and the
// installation gets one maintenance switch, a single row (the check keeps it single) that every
// API process reads, so that the switch holds for all of them at once.
export class Migration20261206130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "maintenance_mode" ("id" smallint not null default 1, "active" boolean not null default false, "message" text not null default '', "expected_end_at" timestamptz null, "changed_at" timestamptz null, constraint "maintenance_mode_pkey" primary key ("id"), constraint "maintenance_mode_single_row" check ("id" = 1));`);
    this.addSql(`insert into "maintenance_mode" ("id") values (1);`);

    this.addSql(`alter table "organisation" add column "legal_imprint_url" text null, add column "legal_privacy_url" text null, add column "legal_accessibility_contact_email" text null, add column "legal_accessibility_conformance" text null, add column "legal_accessibility_known_barriers" text null, add column "legal_accessibility_prepared_on" date null, add column "legal_accessibility_reviewed_on" date null, add column "legal_accessibility_enforcement_body" text null, add column "legal_accessibility_enforcement_url" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maintenance_mode" cascade;`);
    this.addSql(`alter table "organisation" drop column "legal_imprint_url", drop column "legal_privacy_url", drop column "legal_accessibility_contact_email", drop column "legal_accessibility_conformance", drop column "legal_accessibility_known_barriers", drop column "legal_accessibility_prepared_on", drop column "legal_accessibility_reviewed_on", drop column "legal_accessibility_enforcement_body", drop column "legal_accessibility_enforcement_url";`);
  }
}
