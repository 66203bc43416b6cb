import { Migration } from '@mikro-orm/migrations';

export class Migration20261124045543 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" add column "settings_display_message" text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop column "settings_display_message";`);
  }
}
