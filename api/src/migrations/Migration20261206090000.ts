import { Migration } from '@mikro-orm/migrations';

// Office settings of issue 20 (reach every citizen): how many persons one appointment may book a
// service for, when a waiting citizen is told their turn nears, and whether citizens may join the
// queue from home.
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" add column "settings_max_persons_per_service" int not null default 1, add column "settings_heads_up_when_ahead" int not null default 2, add column "settings_heads_up_when_minutes" int not null default 0, add column "settings_remote_tickets" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop column "settings_max_persons_per_service", drop column "settings_heads_up_when_ahead", drop column "settings_heads_up_when_minutes", drop column "settings_remote_tickets";`);
  }
}
