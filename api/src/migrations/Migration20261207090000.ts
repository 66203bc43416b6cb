import { Migration } from '@mikro-orm/migrations';
import { createTrigger, organisationFunction, triggerFunction, type TenantTable } from './Migration20261204120000';

// Release mode per office and service (issue 21, item 1): first come, or by draw up to the last
// released local date. The row carries its office's organisation, filled by the tenant trigger as
// on every tenant table (docs/adr/0009).
const serviceRelease: TenantTable = { table: 'service_release', nullable: false, parents: [{ column: 'office_id', table: 'office' }] };

export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "service_release" ("id" bigserial primary key, "organisation_id" bigint not null, "office_id" bigint not null, "service_id" bigint not null, "mode" text not null default 'firstCome', "released_until" date null, "updated_at" timestamptz not null, constraint service_release_mode check (mode in ('firstCome', 'draw')));`,
    );
    this.addSql(`create index "service_release_service_id_index" on "service_release" ("service_id");`);
    this.addSql(`alter table "service_release" add constraint "service_release_office_id_service_id_unique" unique ("office_id", "service_id");`);
    this.addSql(`alter table "service_release" add constraint "service_release_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_release" add constraint "service_release_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_release" add constraint "service_release_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(organisationFunction(serviceRelease, 'bigint'));
    this.addSql(triggerFunction(serviceRelease, 'bigint'));
    this.addSql(createTrigger(serviceRelease));
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "service_release_organisation" on "service_release";`);
    this.addSql(`drop function "service_release_set_organisation"();`);
    this.addSql(`drop function "service_release_organisation"("service_release");`);
    this.addSql(`drop table "service_release";`);
  }
}
