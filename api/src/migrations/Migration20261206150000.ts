import { Migration } from '@mikro-orm/migrations';
import { createTrigger, organisationFunction, triggerFunction, type TenantTable } from './Migration20261204120000';

/**
 * What walk-ins leave for the queue heads-up is an organisation's data like the queue entry it
 * belongs to (docs/adr/0009-tenants-and-sharding.md): both tables carry organisation_id, filled
 * from the entry by the same kind of trigger as every other tenant table, so that no module's code
 * names the column and a sharded database can route the rows with their entry.
 */
const ticketTables: TenantTable[] = [
  { table: 'ticket_contact', nullable: false, parents: [{ column: 'entry_id', table: 'queue_entry' }] },
  { table: 'ticket_push_subscription', nullable: false, parents: [{ column: 'entry_id', table: 'queue_entry' }] },
];

export class Migration20261206150000 extends Migration {
  override async up(): Promise<void> {
    for (const spec of ticketTables) {
      this.addSql(`alter table "${spec.table}" add column "organisation_id" bigint null;`);
      this.addSql(organisationFunction(spec, 'bigint'));
      this.addSql(`update "${spec.table}" r set "organisation_id" = "${spec.table}_organisation"(r);`);
      this.addSql(`alter table "${spec.table}" alter column "organisation_id" set not null;`);
      this.addSql(`alter table "${spec.table}" add constraint "${spec.table}_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
      this.addSql(triggerFunction(spec, 'bigint'));
      this.addSql(createTrigger(spec));
    }
  }

  override async down(): Promise<void> {
    for (const spec of [...ticketTables].reverse()) {
      this.addSql(`drop trigger "${spec.table}_organisation" on "${spec.table}";`);
      this.addSql(`drop function "${spec.table}_set_organisation"();`);
      this.addSql(`alter table "${spec.table}" drop column "organisation_id";`);
      this.addSql(`drop function "${spec.table}_organisation"("${spec.table}");`);
    }
  }
}
