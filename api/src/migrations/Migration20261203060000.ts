import { Migration } from '@mikro-orm/migrations';

// Each office keeps the public holidays of its own Land and region; existing offices are Berlin's.
export class Migration20261203060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" add column "settings_holiday_region" text not null default 'DE-BE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop column "settings_holiday_region";`);
  }
}
