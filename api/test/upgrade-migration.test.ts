/**
 * Issue 17, item 6: an upgrade keeps an installation's data. A database migrated up to the last
 * release before tenancy (Migration20261203060000) is filled as a running Berlin installation
 * would have it, then migrated to the tenancy model: every row arrives unchanged, in one
 * organisation with one department, memberships become role assignments at the same office,
 * appointment numbers stay and count on above the highest, and every tenant row carries its
 * organisation. Migrating down to the old release and up again gives the same.
 */
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entities } from '../src/app/entities';
import { openOrm } from '../src/platform/database';

const lastBeforeTenancy = 'Migration20261203060000';
const firstOfTenancy = 'Migration20261204090000';

/** What a Berlin installation of the previous release holds: three offices, a group, staff, keys, devices, bookings, a queue, a waitlist, mails, jobs and an audit log. */
const installation = `
  insert into organisation (name) values ('Land Berlin');
  insert into service (external_id, name) values ('120686', 'Anmeldung einer Wohnung'), ('120703', 'Personalausweis beantragen'), ('121151', 'Reisepass beantragen');
  insert into service_translation (service_id, language, name) select id, 'en', name || ' (en)' from service;
  insert into search_synonym (term, means) values ('ummelden', 'anmeldung');
  insert into office (organisation_id, external_id, name, opening_hours) select o.id, v.external_id, v.name, '[]' from organisation o,
    (values ('122210', 'Bürgeramt Mitte'), ('122217', 'Bürgeramt Neukölln'), ('122280', 'Standesamt Pankow')) as v(external_id, name);
  insert into office_service (office_id, service_id, duration_slots) select o.id, s.id, 1 from office o cross join service s;
  insert into office_group (name) values ('Bürgerämter');
  insert into office_group_member (office_group_id, office_id) select g.id, o.id from office_group g, office o where o.name like 'Bürgeramt %';
  insert into counter (office_id, name) select id, 'Schalter 1' from office;
  insert into counter (office_id, name, room) select id, 'Schalter 2', 'Raum 2' from office where name = 'Bürgeramt Mitte';
  insert into capacity_rule (office_id, weekdays, start_time, end_time, valid_from, public_counters, intern_counters) select id, '[1,2,3,4,5]', '08:00', '12:00', '2026-01-01', 2, 3 from office;
  insert into closure (office_id, date, until_date, reason) select id, '2026-12-24', '2026-12-24', 'Heiligabend' from office where name = 'Bürgeramt Mitte';
  insert into slot (office_id, local_date, start_at, end_at, public_capacity, intern_capacity, bookable_from, public_until)
    select o.id, '2026-03-03', t, t + interval '10 minutes', 2, 3, '2026-02-01T00:00Z', t - interval '1 day' from office o, generate_series('2026-03-03T07:00Z'::timestamptz, '2026-03-03T08:50Z', interval '10 minutes') t;

  insert into staff_account (username, display_name, password_hash, is_admin, created_at) values
    ('erika', 'Erika Muster', 'hash', false, '2026-01-05T08:00Z'), ('max', 'Max Muster', 'hash', false, '2026-01-05T08:00Z'),
    ('lena', 'Lena Leitung', 'hash', false, '2026-01-05T08:00Z'), ('noch-ohne-amt', 'Neu', 'hash', false, '2026-01-05T08:00Z'), ('admin', 'Admin', 'hash', true, '2026-01-01T08:00Z');
  insert into office_membership (account_id, office_id, role) select a.id, o.id, v.role::office_role from (values
    ('erika', 'Bürgeramt Mitte', 'staff'), ('max', 'Bürgeramt Neukölln', 'officeAdmin'), ('max', 'Bürgeramt Mitte', 'staff'), ('lena', 'Standesamt Pankow', 'officeAdmin')) as v(username, office, role)
    join staff_account a on a.username = v.username join office o on o.name = v.office;
  insert into staff_session (token_digest, account_id, created_at, expires_at) select 'session-' || username, id, '2026-03-03T07:00Z', '2026-03-03T19:00Z' from staff_account where username in ('erika', 'admin');
  insert into api_key (name, level, key_digest, key_prefix, created_at, revoked_at) values
    ('115 Berlin', 'callcenter', 'key-115', 'zms_k_11', '2026-01-02T08:00Z', null), ('Partnerportal', 'public', 'key-partner', 'zms_k_22', '2026-01-02T08:00Z', '2026-02-01T08:00Z');
  insert into device (name, kind, office_id, key_digest, key_prefix, created_at) select 'Wartesaal Mitte', 'display', id, 'device-display', 'zms_d_11', '2026-01-03T08:00Z' from office where name = 'Bürgeramt Mitte';
  insert into device (name, kind, group_id, key_digest, key_prefix, created_at) select 'Kiosk Bürgerämter', 'kiosk', id, 'device-kiosk', 'zms_d_22', '2026-01-03T08:00Z' from office_group;

  -- Numbers as the previous release drew them, from its one sequence: some were drawn before.
  select setval('appointment_number_seq', 100041);
  insert into appointment (number, office_id, status, channel, contingent, start_at, end_at, local_date, hold_expires_at, reservation_token_digest, secret_digest, contact_name, contact_email, contact_phone, contact_digest, created_at, updated_at)
    select nextval('appointment_number_seq'), o.id, v.status::appointment_status, v.channel::booking_channel, 'public', v.start_at, v.start_at + interval '10 minutes', '2026-03-03', v.hold_until, v.token, 'secret-' || v.start_at::text, v.name, v.email, null, v.digest, '2026-02-20T10:00Z', '2026-02-20T10:00Z'
    from (values
      ('Bürgeramt Mitte', 'confirmed', 'PORTAL', '2026-03-03T07:00Z'::timestamptz, null::timestamptz, null, 'Erika Bürgerin', 'erika@example.org', 'digest-1'),
      ('Bürgeramt Mitte', 'checkedIn', 'HOTLINE', '2026-03-03T07:10Z', null, null, 'Hans Anrufer', null, null),
      ('Bürgeramt Neukölln', 'reserved', 'PORTAL', '2026-03-03T07:20Z', '2026-03-03T07:40Z', 'reservation-3', null, null, null),
      ('Standesamt Pankow', 'cancelled', 'PARTNER', '2026-03-03T07:30Z', null, null, 'Paula Partner', 'paula@example.org', 'digest-4'),
      ('Bürgeramt Neukölln', 'confirmed', 'COUNTER', '2026-03-03T07:40Z', null, null, 'Walter Warteliste', 'walter@example.org', 'digest-5')
    ) as v(office, status, channel, start_at, hold_until, token, name, email, digest) join office o on o.name = v.office order by v.start_at;
  insert into appointment_service (appointment_id, position, service_id, duration_slots) select a.id, 0, (select min(id) from service), 1 from appointment a;
  insert into appointment_service (appointment_id, position, service_id, duration_slots) select a.id, 1, (select max(id) from service), 1 from appointment a where a.status = 'confirmed';
  insert into slot_claim (slot_id, appointment_id) select s.id, a.id from appointment a join slot s on s.office_id = a.office_id and s.start_at = a.start_at where a.status <> 'cancelled';
  update slot s set taken = (select count(*) from slot_claim c where c.slot_id = s.id);

  insert into queue_entry (office_id, local_date, appointment_id, display_number, status, channel, priority, service_ids, arrived_at, appointment_start)
    select office_id, local_date, id, number::text, 'waiting', channel, 0, '[1]', '2026-03-03T07:05Z', start_at from appointment where status = 'checkedIn';
  insert into ticket_day (office_id, local_date, last_issued, issued_count) select id, '2026-03-03', 1, 1 from office where name = 'Bürgeramt Mitte';
  insert into queue_entry (office_id, local_date, ticket_number, display_number, secret_digest, status, channel, priority, service_ids, arrived_at, last_called_at, called_count, counter_id)
    select o.id, '2026-03-03', 1, 'A1', 'ticket-secret', 'called', 'KIOSK', 0, '[1]', '2026-03-03T07:01Z', '2026-03-03T07:06Z', 1, c.id from office o join counter c on c.office_id = o.id and c.name = 'Schalter 1' where o.name = 'Bürgeramt Mitte';
  insert into slot_claim (slot_id, queue_entry_id) select s.id, e.id from queue_entry e join slot s on s.office_id = e.office_id and s.start_at = '2026-03-03T07:50Z' where e.ticket_number = 1;
  insert into queue_call (office_id, entry_id, display_number, counter_name, room, called_at) select office_id, id, display_number, 'Schalter 1', null, '2026-03-03T07:06Z' from queue_entry where ticket_number = 1;
  insert into counter_session (account_id, office_id, counter_id, service_ids, signed_in_at) select a.id, c.office_id, c.id, null, '2026-03-03T06:55Z' from staff_account a, counter c join office o on o.id = c.office_id where a.username = 'erika' and o.name = 'Bürgeramt Mitte' and c.name = 'Schalter 1';
  insert into queue_statistic (office_id, local_date, channel, with_appointment, outcome, service_ids, waiting_minutes, service_minutes) select id, '2026-03-02', 'PORTAL', true, 'served', '[1]', 7, 12 from office where name = 'Bürgeramt Neukölln';

  insert into waitlist_entry (appointment_id, service_ids, office_ids, starts_before, contact_name, contact_email, created_at)
    select a.id, '[1]', jsonb_build_array(a.office_id, (select id from office where name = 'Bürgeramt Mitte')), '2026-03-03T07:00Z', null, null, '2026-02-21T10:00Z' from appointment a where a.channel = 'COUNTER';
  insert into waitlist_entry (appointment_id, service_ids, office_ids, contact_name, contact_email, created_at)
    select null, '[1]', jsonb_build_array(id), 'Wanda Warten', 'wanda@example.org', '2026-02-22T10:00Z' from office where name = 'Bürgeramt Neukölln';
  insert into waitlist_offer (entry_id, hold_id, office_id, start_at, hold_expires_at, created_at)
    select w.id, a.id, a.office_id, a.start_at, a.hold_expires_at, '2026-03-03T07:20Z' from waitlist_entry w, appointment a where w.appointment_id is null and a.status = 'reserved';

  insert into outbox_message (message_id, kind, channel, recipient, subject, text_body, dedupe_key, appointment_id, office_id, status, created_at, sent_at)
    select '<1@zms>', 'confirmation', 'email', contact_email, 'Ihr Termin', 'Text', null, id, office_id, 'sent', '2026-02-20T10:00Z', '2026-02-20T10:01Z' from appointment where contact_digest = 'digest-1';
  insert into outbox_message (message_id, kind, channel, recipient, subject, text_body, created_at) values ('<2@zms>', 'waitlistJoined', 'email', 'wanda@example.org', 'Warteliste', 'Text', '2026-02-22T10:00Z');

  insert into job (kind, key, run_at) select 'freeCapacity', id::text, hold_expires_at from appointment where status = 'reserved';
  insert into job (kind, key, run_at) select 'sendReminder', id::text || '|' || start_at::text || '|1440', start_at - interval '1 day' from appointment where contact_digest = 'digest-1';
  insert into job (kind, key, run_at) select k, id::text, '2026-03-04T00:00Z' from office, unnest(array['extendWindow', 'endDay']) k;
  insert into job (kind, key, run_at) select 'deliverMessage', id::text, created_at from outbox_message where kind = 'waitlistJoined';
  insert into job (kind, key, run_at) values ('housekeeping', 'all', '2026-03-03T08:00Z'), ('retention', 'all', '2026-03-04T02:00Z');

  insert into audit_entry (at, actor_kind, actor_id, actor_name, action, office_id, details)
    select '2026-03-03T07:05Z', 'staff', a.id::text, 'erika', 'checkIn', o.id, '{"number": 100043}' from staff_account a, office o where a.username = 'erika' and o.name = 'Bürgeramt Mitte';
  insert into audit_entry (at, actor_kind, actor_id, actor_name, action, office_id, details)
    select '2026-01-02T08:00Z', 'staff', id::text, 'admin', 'createService', null, '{"serviceId": 1}' from staff_account where username = 'admin';
  insert into audit_entry (at, actor_kind, actor_id, actor_name, action, office_id, details)
    select '2026-01-02T08:00Z', 'staff', a.id::text, 'admin', 'createApiKey', null, jsonb_build_object('apiKeyId', k.id) from staff_account a, api_key k where a.username = 'admin' and k.name = '115 Berlin';

  insert into rate_limit (key, points, expire) values ('secret:100042|address:198.51.100.7', 1, 4102444800000);
  insert into used_proof_of_work (digest, used_at) values ('challenge-1', '2026-03-03T07:00Z');
  insert into setup_token (token_digest, created_at, expires_at) values ('setup-1', '2026-01-01T07:00Z', '2026-01-02T07:00Z');
`;

/** Rows of every table, each row as JSON, and the columns each table had. */
interface Snapshot {
  columns: Map<string, string[]>;
  rows: Map<string, Record<string, unknown>[]>;
}

let serverUrl: string;
let databaseUrl: string;
let databaseName: string;
let orm: MikroORM;
let db: pg.Client;
let before: Snapshot;

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function snapshot(): Promise<Snapshot> {
  const { rows: columnRows } = await db.query<{ table_name: string; columns: string[] }>(
    `select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) as columns
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name <> 'mikro_orm_migrations'
      group by c.table_name`,
  );
  const columns = new Map(columnRows.map((row) => [row.table_name, row.columns]));
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const table of columns.keys())
    rows.set(
      table,
      (await db.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from "${table}" t`)).rows.map((row) => row.row),
    );
  return { columns, rows };
}

/** A table's rows restricted to `columns`, in a stable order: what must have arrived. */
function rowsOf(shot: Snapshot, table: string, columns: string[]): string[] {
  return (shot.rows.get(table) ?? []).map((row) => JSON.stringify(columns.map((column) => [column, row[column]]))).sort();
}

async function one<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await db.query<T>(sql, values);
  expect(rows).toHaveLength(1);
  return rows[0];
}

async function executed(): Promise<string[]> {
  return (await db.query<{ name: string }>('select name from mikro_orm_migrations order by id')).rows.map((row) => row.name);
}

/** The memberships of the previous release, as (username, office, role). */
async function memberships(): Promise<string[]> {
  const { rows } = await db.query<{ line: string }>(`select a.username || ' @ ' || o.name || ': ' || m.role as line from office_membership m join staff_account a on a.id = m.account_id join office o on o.id = m.office_id order by 1`);
  return rows.map((row) => row.line);
}

/** Every row of the previous release arrived in the tenancy model. */
async function expectUpgraded(): Promise<void> {
  const after = await snapshot();
  const organisation = await one<{ id: number; name: string; slug: string }>('select id, name, slug from organisation');
  expect(organisation).toMatchObject({ name: 'Land Berlin', slug: 'land-berlin' });

  // Same rows in every table of the previous release, with the columns it had.
  for (const [table, columns] of before.columns) {
    if (table === 'office_membership') {
      expect(after.columns.has(table), 'office_membership gave way to role_assignment').toBe(false);
      continue;
    }
    expect(after.columns.get(table), `${table} keeps its columns`).toEqual(expect.arrayContaining(columns));
    expect(rowsOf(after, table, columns), `${table}: every row arrived unchanged`).toEqual(rowsOf(before, table, columns));
  }

  // One department holding every office.
  const department = await one<{ id: number; organisation_id: number; name: string }>('select id, organisation_id, name from department');
  expect(department).toEqual({ id: department.id, organisation_id: organisation.id, name: 'Land Berlin' });
  expect((await db.query(`select 1 from office where department_id <> $1 or organisation_id <> $2`, [department.id, organisation.id])).rowCount).toBe(0);
  expect((await db.query(`select 1 from office_group where organisation_id <> $1`, [organisation.id])).rowCount).toBe(0);

  // The built-in roles, and each membership a role assignment at the same office: staff → counter, officeAdmin → admin.
  expect((await db.query<{ name: string }>('select name from role where organisation_id = $1 order by name', [organisation.id])).rows.map((row) => row.name)).toEqual(['admin', 'counter', 'lead', 'reception']);
  const expected = rowsOf(before, 'office_membership', ['account_id', 'office_id', 'role']).map((line) => {
    const [[, accountId], [, officeId], [, role]] = JSON.parse(line) as [string, unknown][];
    return JSON.stringify({ account_id: accountId, office_id: officeId, role: role === 'officeAdmin' ? 'admin' : 'counter', organisation_id: organisation.id, department_id: null, source: 'local' });
  });
  const assignments = await db.query<Record<string, unknown>>(
    'select a.account_id, a.office_id, r.name as role, a.organisation_id, a.department_id, a.source from role_assignment a join role r on r.id = a.role_id order by a.account_id, a.office_id',
  );
  expect(assignments.rows.map((row) => JSON.stringify(row)).sort()).toEqual(expected.sort());
  expect(assignments.rowCount).toBe(4);

  // Platform admins belong to no organisation, everyone else to the installation's.
  const accounts = await db.query<{ username: string; organisation_id: number | null }>('select username, organisation_id from staff_account order by username');
  expect(Object.fromEntries(accounts.rows.map((row) => [row.username, row.organisation_id]))).toEqual({ admin: null, erika: organisation.id, lena: organisation.id, max: organisation.id, 'noch-ohne-amt': organisation.id });
  expect((await db.query('select 1 from api_key where organisation_id is distinct from $1', [organisation.id])).rowCount).toBe(0);

  // Numbers stay (checked with every appointment row above) and count on above the highest, per organisation.
  const { max } = await one<{ max: number }>('select max(number) as max from appointment where organisation_id = $1', [organisation.id]);
  expect(max).toBe(100046);
  const { next } = await one<{ next: string }>(`select nextval(format('appointment_number_%s', $1::int)::regclass) as next`, [organisation.id]);
  expect(Number(next)).toBeGreaterThan(max);
  expect((await db.query(`select 1 from pg_class where relkind = 'S' and relname = 'appointment_number_seq'`)).rowCount).toBe(0);

  // A tenant on every row it owns; null only for what belongs to the installation.
  const installationWide: Record<string, string> = {
    staff_session: `account_id = (select id from staff_account where username = 'admin')`,
    audit_entry: `action = 'createService'`,
    job: `kind in ('housekeeping', 'retention')`,
  };
  const tenantTables = [...after.columns].filter(([table, columns]) => columns.includes('organisation_id') && table !== 'staff_account').map(([table]) => table);
  expect(tenantTables).toEqual(expect.arrayContaining(['slot', 'slot_claim', 'appointment_service', 'queue_entry', 'waitlist_offer', 'device', 'job', 'audit_entry']));
  for (const table of tenantTables) {
    const { rows } = await db.query<{ organisation_id: number | null; wide: boolean; row: unknown }>(`select organisation_id, ${installationWide[table] ?? 'false'} as wide, to_jsonb(t) as row from "${table}" t`);
    for (const row of rows) expect(row.organisation_id, `${table}: ${row.wide ? 'installation-wide' : 'tenant'} row ${JSON.stringify(row.row)}`).toBe(row.wide ? null : organisation.id);
  }
  for (const table of ['slot', 'slot_claim', 'queue_entry', 'queue_call', 'counter_session', 'ticket_day', 'queue_statistic', 'waitlist_entry', 'waitlist_offer', 'device', 'outbox_message', 'audit_entry', 'job', 'staff_session']) {
    expect(after.rows.get(table)!.length, `${table} was filled`).toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  serverUrl = inject('databaseServerUrl');
  databaseName = `zms_upgrade_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${databaseName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  orm = await openOrm(databaseUrl, entities);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await orm?.close();
  if (databaseName) await adminQuery(`drop database if exists ${databaseName} with (force)`);
});

describe('an upgrade to the tenancy model', () => {
  it('applies the previous release and holds the installation', async () => {
    await orm.getMigrator().up({ to: lastBeforeTenancy });
    expect((await executed()).at(-1)).toBe(lastBeforeTenancy);
    await db.query(installation);
    before = await snapshot();
    expect(await memberships()).toEqual(['erika @ Bürgeramt Mitte: staff', 'lena @ Standesamt Pankow: officeAdmin', 'max @ Bürgeramt Mitte: staff', 'max @ Bürgeramt Neukölln: officeAdmin']);
  });

  it('carries every row into one organisation with one department', async () => {
    const applied = await orm.getMigrator().up();
    expect(applied.map((migration) => migration.name)).toContain(firstOfTenancy);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    await expectUpgraded();
  });

  it('goes back to the previous release with the same rows, and up again', async () => {
    await orm.getMigrator().down({ to: firstOfTenancy });
    expect((await executed()).at(-1)).toBe(lastBeforeTenancy);
    const back = await snapshot();
    expect([...back.columns.keys()].sort()).toEqual([...before.columns.keys()].sort());
    for (const [table, columns] of before.columns) {
      expect(back.columns.get(table), `${table} has its old columns again`).toEqual(columns);
      // Memberships are rebuilt from the role assignments, under new ids.
      const compared = table === 'office_membership' ? columns.filter((column) => column !== 'id') : columns;
      expect(rowsOf(back, table, compared), `${table} after down`).toEqual(rowsOf(before, table, compared));
    }
    const { next } = await one<{ next: string }>(`select nextval('appointment_number_seq') as next`);
    expect(Number(next)).toBeGreaterThan(100046);

    await orm.getMigrator().up();
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    await expectUpgraded();
  });
});
