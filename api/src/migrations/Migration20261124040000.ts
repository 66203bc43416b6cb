import { Migration } from '@mikro-orm/migrations';

// Tables of the abuse protection that no entity maps: the rate limiter's own layout
// (rate-limiter-flexible's RateLimiterPostgres) and the spent proof-of-work challenges.
export class Migration20261124040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
    this.addSql(`create index "rate_limit_expire_index" on "rate_limit" ("expire");`);
    this.addSql(`create table "used_proof_of_work" ("digest" text primary key, "used_at" timestamptz not null);`);
    this.addSql(`create index "used_proof_of_work_used_at_index" on "used_proof_of_work" ("used_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "used_proof_of_work";`);
    this.addSql(`drop table "rate_limit";`);
  }
}
