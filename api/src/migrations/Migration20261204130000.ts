import { Migration } from '@mikro-orm/migrations';

// An office's catalogue id (DLDB) is its organisation's: two cities' catalogues may use the same.
export class Migration20261204130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" drop constraint "office_external_id_unique";`);
    this.addSql(`alter table "office" add constraint "office_organisation_id_external_id_unique" unique ("organisation_id", "external_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop constraint "office_organisation_id_external_id_unique";`);
    this.addSql(`alter table "office" add constraint "office_external_id_unique" unique ("external_id");`);
  }
}
