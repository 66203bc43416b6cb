import { Migration } from '@mikro-orm/migrations';

// One-time links that create the first admin of an installation (the digest of each token only),
// a table no entity maps: tokens are issued and consumed by plain statements.
export class Migration20261202032400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "setup_token" ("token_digest" text primary key, "created_at" timestamptz not null, "expires_at" timestamptz not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "setup_token";`);
  }
}
