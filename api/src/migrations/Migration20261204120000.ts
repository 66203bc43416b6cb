import { Migration } from '@mikro-orm/migrations';

// A tenant on every row it owns (issue 17, item 4): organisation_id on every table that holds an
// organisation's data and did not carry it yet, backfilled from each row's parent, with a foreign
// key to the organisation. Inserts of today do not name the column: a BEFORE INSERT trigger per
// table takes it from the parent row (office_id → office, appointment_id → appointment, …) and
// refuses a row whose given organisation, or whose parents, disagree. So every write path of every
// module is covered at once and none of them changes; a later release names the column in its
// inserts (a sharded PostgreSQL routes on the statement, not on a trigger: docs/adr/0009).
//
// Each table gets a function "<table>_organisation"(row) that answers the organisation its
// parents give (null when none does), raising when two parents name different organisations; the
// backfill and the trigger both call it, so that they cannot drift apart. An update that changes
// a parent column moves the row with its parents (a counter session signed in again elsewhere);
// an update that changes organisation_id itself must agree with them.

/** A parent that gives the row its organisation: the row's column and the table it points to by id. */
export interface Parent {
  column: string;
  table: string;
}

export interface TenantTable {
  table: string;
  /** Null allowed: rows that belong to the whole installation (platform admins, installation-wide jobs). */
  nullable: boolean;
  /** Parents, all of which must agree where they name an organisation; the first that does gives it. */
  parents: Parent[];
  /** Other sources, as expressions over the row `r` answering an organisation id or null: tried in order after the parents, not checked against each other. */
  fallbacks?: string[];
  /** Columns whose change recomputes the organisation (besides the parents' columns). */
  watch?: string[];
  /** Extra checks in the function body, before the answer (may raise). */
  extra?: string;
}

const office = (column = 'office_id'): Parent => ({ column, table: 'office' });
const appointment = (column = 'appointment_id'): Parent => ({ column, table: 'appointment' });

/** A digits-only text as an int, else null (keys and JSON details are text). */
const idOf = (text: string) => `case when ${text} ~ '^[0-9]{1,18}$' then (${text})::bigint end`;

export const tenantTables: TenantTable[] = [
  { table: 'slot', nullable: false, parents: [office()] },
  { table: 'counter', nullable: false, parents: [office()] },
  // A redirect hands an entry on to an office of the same organisation only.
  { table: 'queue_entry', nullable: false, parents: [office(), appointment(), { column: 'counter_id', table: 'counter' }, office('redirected_to_id')] },
  { table: 'slot_claim', nullable: false, parents: [{ column: 'slot_id', table: 'slot' }, appointment(), { column: 'queue_entry_id', table: 'queue_entry' }] },
  { table: 'appointment_service', nullable: false, parents: [appointment()] },
  { table: 'office_service', nullable: false, parents: [office()] },
  // A group's members are offices of the group's organisation.
  { table: 'office_group_member', nullable: false, parents: [{ column: 'office_group_id', table: 'office_group' }, office()] },
  // The account may be a platform admin's (no organisation): the counter's office decides.
  { table: 'counter_session', nullable: false, parents: [{ column: 'counter_id', table: 'counter' }, office(), { column: 'account_id', table: 'staff_account' }] },
  { table: 'capacity_rule', nullable: false, parents: [office()] },
  { table: 'closure', nullable: false, parents: [office()] },
  { table: 'queue_call', nullable: false, parents: [{ column: 'entry_id', table: 'queue_entry' }, office()] },
  { table: 'ticket_day', nullable: false, parents: [office()] },
  { table: 'queue_statistic', nullable: false, parents: [office()] },
  // A waitlist entry without an appointment names only offices: all of them in one organisation.
  {
    table: 'waitlist_entry',
    nullable: false,
    parents: [appointment()],
    watch: ['office_ids'],
    extra: `
      if jsonb_typeof(r."office_ids") = 'array' then
        select min(o."organisation_id"), max(o."organisation_id") into low, high from "office" o where o."id" in (select ${idOf('e.value')} from jsonb_array_elements_text(r."office_ids") e);
        if low <> high then raise exception using errcode = 'check_violation', table = 'waitlist_entry', constraint = 'waitlist_entry_organisation_matches', message = format('waitlist_entry: its offices belong to organisations %s and %s', low, high); end if;
        if low is not null then
          if derived is null then derived := low;
          elsif derived <> low then raise exception using errcode = 'check_violation', table = 'waitlist_entry', constraint = 'waitlist_entry_organisation_matches', message = format('waitlist_entry: its offices belong to organisation %s, its appointment to %s', low, derived); end if;
        end if;
      end if;`,
  },
  { table: 'waitlist_offer', nullable: false, parents: [{ column: 'entry_id', table: 'waitlist_entry' }, office(), appointment('hold_id')] },
  // A device shows an office or an office group.
  { table: 'device', nullable: false, parents: [office(), { column: 'group_id', table: 'office_group' }] },
  // A platform admin's session belongs to no organisation.
  { table: 'staff_session', nullable: true, parents: [{ column: 'account_id', table: 'staff_account' }] },
  // Null only where a message names neither appointment nor office (today the waitlist's welcome
  // for an entry without appointment): the tenant test keeps it on its short list until it does.
  { table: 'outbox_message', nullable: true, parents: [appointment(), office()] },
  // What an action was about, else who acted; null for platform-wide entries (services, synonyms
  // changed by a platform admin).
  {
    table: 'audit_entry',
    nullable: true,
    parents: [office()],
    fallbacks: [
      `(select "id" from "organisation" where "id" = ${idOf(`r."details"->>'organisationId'`)})`,
      `(select "organisation_id" from "office_group" where "id" = ${idOf(`r."details"->>'groupId'`)})`,
      `(select "organisation_id" from "api_key" where "id" = ${idOf(`r."details"->>'apiKeyId'`)})`,
      `(select "organisation_id" from "device" where "id" = ${idOf(`r."details"->>'deviceId'`)})`,
      `case r."actor_kind" when 'staff' then (select "organisation_id" from "staff_account" where "id" = ${idOf('r."actor_id"')}) when 'apiKey' then (select "organisation_id" from "api_key" where "id" = ${idOf('r."actor_id"')}) when 'device' then (select "organisation_id" from "device" where "id" = ${idOf('r."actor_id"')}) end`,
    ],
    watch: ['office_id', 'details', 'actor_kind', 'actor_id'],
  },
  // A job's key names what it works on (api/src/platform/jobs/job-queue.ts); the installation's
  // housekeeping and retention ('all') belong to no organisation.
  {
    table: 'job',
    nullable: true,
    parents: [],
    fallbacks: [
      `case r."kind"
        when 'freeCapacity' then (select "organisation_id" from "appointment" where "id" = ${idOf('r."key"')})
        when 'sendReminder' then (select "organisation_id" from "appointment" where "id" = ${idOf(`split_part(r."key", '|', 1)`)})
        when 'extendWindow' then (select "organisation_id" from "office" where "id" = ${idOf('r."key"')})
        when 'endDay' then (select "organisation_id" from "office" where "id" = ${idOf('r."key"')})
        when 'deliverMessage' then (select "organisation_id" from "outbox_message" where "id" = ${idOf('r."key"')})
      end`,
    ],
    watch: ['kind', 'key'],
  },
];

/** Where a tenant's rows are looked up by organisation: the audit log of an organisation (paged by id), its devices. */
const indexes: { name: string; table: string; columns: string[] }[] = [
  { name: 'audit_entry_organisation_id_id_index', table: 'audit_entry', columns: ['organisation_id', 'id'] },
  { name: 'device_organisation_id_index', table: 'device', columns: ['organisation_id'] },
  { name: 'staff_session_organisation_id_index', table: 'staff_session', columns: ['organisation_id'] },
];

/** The key type is `int` as this migration made it; the 64-bit migration recreates it with `bigint`. */
export function organisationFunction(spec: TenantTable, keyType = 'int'): string {
  const parents = spec.parents
    .map(
      (parent) => `
      if r."${parent.column}" is not null then
        select "organisation_id" into found from "${parent.table}" where "id" = r."${parent.column}";
        if found is not null then
          if derived is null then derived := found;
          elsif derived <> found then raise exception using errcode = 'check_violation', table = '${spec.table}', constraint = '${spec.table}_organisation_matches', message = format('${spec.table}: its ${parent.column} belongs to organisation %s, another parent to %s', found, derived); end if;
        end if;
      end if;`,
    )
    .join('');
  const fallbacks = (spec.fallbacks ?? []).map((source) => `\n      if derived is null then derived := ${source}; end if;`).join('');
  return `create function "${spec.table}_organisation"(r "${spec.table}") returns ${keyType} language plpgsql stable as $$
    declare found ${keyType}; derived ${keyType}; low ${keyType}; high ${keyType};
    begin${parents}${spec.extra ?? ''}${fallbacks}
      return derived;
    end $$;`;
}

export function triggerFunction(spec: TenantTable, keyType = 'int'): string {
  return `create function "${spec.table}_set_organisation"() returns trigger language plpgsql as $$
    declare derived ${keyType} := "${spec.table}_organisation"(NEW);
    begin
      if TG_OP = 'UPDATE' and NEW."organisation_id" is not distinct from OLD."organisation_id" then
        NEW."organisation_id" := coalesce(derived, NEW."organisation_id");
      elsif NEW."organisation_id" is null then
        NEW."organisation_id" := derived;
      elsif derived is not null and NEW."organisation_id" <> derived then
        raise exception using errcode = 'check_violation', table = '${spec.table}', constraint = '${spec.table}_organisation_matches', message = format('${spec.table}: organisation %s given, its parents belong to %s', NEW."organisation_id", derived);
      end if;
      return NEW;
    end $$;`;
}

export function createTrigger(spec: TenantTable): string {
  const watched = [...new Set(['organisation_id', ...spec.parents.map((parent) => parent.column), ...(spec.watch ?? [])])];
  return `create trigger "${spec.table}_organisation" before insert or update of ${watched.map((column) => `"${column}"`).join(', ')} on "${spec.table}" for each row execute function "${spec.table}_set_organisation"();`;
}

export class Migration20261204120000 extends Migration {
  override async up(): Promise<void> {
    for (const spec of tenantTables) {
      this.addSql(`alter table "${spec.table}" add column "organisation_id" int null;`);
      this.addSql(organisationFunction(spec));
      this.addSql(`update "${spec.table}" r set "organisation_id" = "${spec.table}_organisation"(r);`);
    }
    // Backfilled before any not-null: a job's message or an audit entry's device is filled above.
    for (const spec of tenantTables) {
      if (!spec.nullable) this.addSql(`alter table "${spec.table}" alter column "organisation_id" set not null;`);
      this.addSql(`alter table "${spec.table}" add constraint "${spec.table}_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
      this.addSql(triggerFunction(spec));
      this.addSql(createTrigger(spec));
    }
    for (const index of indexes) this.addSql(`create index "${index.name}" on "${index.table}" (${index.columns.map((column) => `"${column}"`).join(', ')});`);
  }

  override async down(): Promise<void> {
    for (const index of indexes) this.addSql(`drop index "${index.name}";`);
    for (const spec of [...tenantTables].reverse()) {
      this.addSql(`drop trigger "${spec.table}_organisation" on "${spec.table}";`);
      this.addSql(`drop function "${spec.table}_set_organisation"();`);
      this.addSql(`alter table "${spec.table}" drop column "organisation_id";`);
      this.addSql(`drop function "${spec.table}_organisation"("${spec.table}");`);
    }
  }
}
