import { Migration } from '@mikro-orm/migrations';
import { createTrigger, organisationFunction, tenantTables, triggerFunction } from './Migration20261204120000';

// 64-bit keys (issue 17, item 4): every key and every column pointing at one becomes bigint, and
// so do the sequences behind them, before a busy installation (or many cities in one) runs a
// 32-bit sequence out. The tenant triggers name key columns, so they are dropped for the change
// and made again, with their functions answering bigint.
//
// Up widens whatever key is still 32-bit at this point (the columns `id` and `…_id`), so that
// tables added earlier in this release are covered too. Down narrows the keys of release 0.2.0,
// listed here; keys of tables added since stay 64-bit on the way down, until their own migrations
// drop them. Each table is rewritten once: an installation with millions of appointments should
// run this in a maintenance window (docs/tenancy.md).

/** The 32-bit keys of release 0.2.0, by table. */
const keysOfRelease020: Record<string, string[]> = {
  api_key: ['id', 'organisation_id'],
  appointment: ['id', 'office_id', 'organisation_id'],
  appointment_service: ['appointment_id', 'id', 'organisation_id', 'service_id'],
  audit_entry: ['office_id', 'organisation_id'],
  capacity_rule: ['id', 'office_id', 'organisation_id'],
  closure: ['id', 'office_id', 'organisation_id'],
  counter: ['id', 'office_id', 'organisation_id'],
  counter_session: ['account_id', 'counter_id', 'id', 'office_id', 'organisation_id'],
  department: ['id', 'organisation_id'],
  device: ['group_id', 'id', 'office_id', 'organisation_id'],
  external_identity: ['account_id', 'organisation_id'],
  identity_provider: ['organisation_id'],
  identity_provider_mapping: ['department_id', 'office_id', 'organisation_id'],
  job: ['organisation_id'],
  office: ['department_id', 'id', 'organisation_id'],
  office_group: ['id', 'organisation_id'],
  office_group_member: ['office_group_id', 'office_id', 'organisation_id'],
  office_service: ['id', 'office_id', 'organisation_id', 'service_id'],
  oidc_pending_login: ['organisation_id'],
  oidc_session: ['organisation_id'],
  organisation: ['id'],
  organisation_holiday: ['organisation_id'],
  organisation_host: ['organisation_id'],
  outbox_message: ['appointment_id', 'office_id', 'organisation_id'],
  queue_call: ['entry_id', 'office_id', 'organisation_id'],
  queue_entry: ['appointment_id', 'counter_id', 'id', 'office_id', 'organisation_id', 'redirected_to_id'],
  queue_statistic: ['office_id', 'organisation_id'],
  role: ['organisation_id'],
  role_assignment: ['account_id', 'department_id', 'office_id', 'organisation_id'],
  search_synonym: ['id'],
  service: ['id'],
  service_translation: ['id', 'service_id'],
  slot: ['office_id', 'organisation_id'],
  slot_claim: ['appointment_id', 'organisation_id', 'queue_entry_id'],
  staff_account: ['id', 'organisation_id'],
  staff_session: ['account_id', 'organisation_id'],
  ticket_day: ['office_id', 'organisation_id'],
  waitlist_entry: ['appointment_id', 'id', 'organisation_id'],
  waitlist_offer: ['entry_id', 'hold_id', 'id', 'office_id', 'organisation_id'],
};

const widenRemainingKeys = `
  do $$
  declare
    keys record;
    sequence record;
  begin
    for keys in
      select table_name, string_agg(format('alter column %I type bigint', column_name), ', ' order by column_name) as changes
        from information_schema.columns
       where table_schema = current_schema() and data_type = 'integer' and (column_name = 'id' or column_name like '%\\_id') and table_name <> 'mikro_orm_migrations'
       group by table_name
    loop
      execute format('alter table %I %s', keys.table_name, keys.changes);
    end loop;
    for sequence in select sequencename from pg_sequences where schemaname = current_schema() and data_type = 'integer'::regtype and sequencename like '%\\_id\\_seq' and sequencename <> 'mikro_orm_migrations_id_seq'
    loop
      execute format('alter sequence %I as bigint', sequence.sequencename);
    end loop;
  end $$;`;

export class Migration20261205090000 extends Migration {
  override async up(): Promise<void> {
    this.rebuildTenantTriggers('bigint', () => {
      this.addSql(widenRemainingKeys);
      this.addSql(`alter table "closure" alter column "kept_appointment_ids" type bigint[];`);
    });
  }

  override async down(): Promise<void> {
    this.rebuildTenantTriggers('int', () => {
      for (const [table, columns] of Object.entries(keysOfRelease020)) {
        this.addSql(`alter table "${table}" ${columns.map((column) => `alter column "${column}" type integer`).join(', ')};`);
        if (columns.includes('id')) this.addSql(`alter sequence "${table}_id_seq" as integer;`);
      }
      this.addSql(`alter table "closure" alter column "kept_appointment_ids" type integer[];`);
    });
  }

  private rebuildTenantTriggers(keyType: 'bigint' | 'int', changeColumns: () => void): void {
    for (const spec of tenantTables) this.addSql(`drop trigger "${spec.table}_organisation" on "${spec.table}";`);
    changeColumns();
    for (const spec of tenantTables) {
      this.addSql(`drop function "${spec.table}_set_organisation"();`);
      this.addSql(`drop function "${spec.table}_organisation"("${spec.table}");`);
      this.addSql(organisationFunction(spec, keyType));
      this.addSql(triggerFunction(spec, keyType));
      this.addSql(createTrigger(spec));
    }
  }
}
