/**
 * Issue 17, item 4: a tenant on every row it owns. Every table of a migrated database carries
 * organisation_id unless it is one of the few global ones listed here with their reason; it is
 * not null unless the table may hold installation-wide rows; and on real rows, written through
 * the API by every module in one office day, the database filled it from each row's parent and
 * refuses a row whose organisation disagrees with its parents' (docs/adr/0009).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import * as op from '@zms/test-kit/operations';
import { addDays, simulateOfficeDay, type SimulatedDay } from '@zms/test-kit/simulated-day';

/** Tables without a tenant, and why. A new table is a tenant's unless it is added here. */
const globalTables: Record<string, string> = {
  organisation: 'the tenant itself: its id is what every other table carries',
  service: 'the catalogue of services all organisations offer from (a reference table when sharded)',
  service_translation: "the services' texts, global as the services are",
  search_synonym: 'search terms for the global services',
  setup_token: 'creates the first platform admin, before any organisation exists',
  used_proof_of_work: 'spent anti-abuse challenges, looked up by their digest alone',
  rate_limit: "request budgets by client address span organisations; a budget inside one (wrong secrets of a number) has the organisation in its key (tenantKey), and rate-limiter-flexible owns the table's shape",
  maintenance_mode: "the installation's one maintenance switch, for every organisation at once",
  mikro_orm_migrations: "the schema's history",
};

/** Tenant tables whose organisation_id may be null, and for which rows. */
const mayBeInstallationWide: Record<string, string> = {
  staff_account: 'platform admins belong to no organisation',
  staff_session: "a platform admin's session",
  audit_entry: 'what a platform admin changed for the whole installation (services, synonyms)',
  job: 'housekeeping and retention run for the whole installation',
};

/** The installation-wide rows of those tables after the simulated day. */
const installationWideRows: Record<string, string> = {
  staff_account: 'is_admin',
  staff_session: '(select is_admin from staff_account a where a.id = account_id)',
  audit_entry: `action = 'createService'`,
  job: `kind in ('housekeeping', 'retention')`,
};

interface Column {
  table_name: string;
  is_nullable: 'YES' | 'NO';
  data_type: string;
}

let api: TestApi;
let day: SimulatedDay;
let db: pg.Client;
let columns: Map<string, Column | null>;

async function scalar<T>(sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await db.query<{ value: T }>(sql, values);
  return rows[0].value;
}

/** The constraint a refused statement names. */
async function refusal(sql: string, values: unknown[] = []): Promise<string | undefined> {
  await db.query('savepoint refused');
  try {
    await db.query(sql, values);
  } catch (error) {
    await db.query('rollback to savepoint refused');
    const failure = error as { code?: string; constraint?: string };
    expect(failure.code).toBe('23514');
    return failure.constraint;
  }
  await db.query('rollback to savepoint refused');
  throw new Error(`not refused: ${sql}`);
}

beforeAll(async () => {
  // The write paths below are sent as they are written here, anonymously too: no manifest holds them.
  api = await startTestApi('2026-02-27T08:00:00Z', { TRUSTED_DOCUMENTS_ONLY_FOR: 'none' });
  db = new pg.Client({ connectionString: api.database.url });
  await db.connect();
  const { rows } = await db.query<Column & { has: boolean }>(
    `select t.table_name, c.is_nullable, c.data_type
       from information_schema.tables t left join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'organisation_id'
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'`,
  );
  columns = new Map(rows.map((row) => [row.table_name, row.data_type ? row : null]));
}, 60_000);

afterAll(async () => {
  await db?.end();
  await api?.stop();
});

describe('the tenant column', () => {
  it('is on every table but the global ones', () => {
    const missing = [...columns].filter(([table, column]) => column === null && !(table in globalTables)).map(([table]) => table);
    expect(missing, 'tables without organisation_id: add the column (docs/adr/0009) or list the table in globalTables with the reason').toEqual([]);
    for (const table of Object.keys(globalTables)) {
      expect(columns.has(table), `${table} is listed as global but does not exist`).toBe(true);
      expect(columns.get(table), `${table} is listed as global but has organisation_id`).toBeNull();
    }
  });

  it('is not null unless the table may hold installation-wide rows', async () => {
    const nullable = [...columns].filter(([, column]) => column?.is_nullable === 'YES').map(([table]) => table);
    expect(nullable.sort()).toEqual(Object.keys(mayBeInstallationWide).sort());
    const organisationIdType = await scalar<string>(`select data_type as value from information_schema.columns where table_schema = 'public' and table_name = 'organisation' and column_name = 'id'`);
    for (const [table, column] of columns) if (column) expect(column.data_type, `${table}.organisation_id has the type of organisation.id`).toBe(organisationIdType);
  });

  it('points to an organisation on every tenant table, and a nullable one is filled by a trigger', async () => {
    const { rows } = await db.query<{ table_name: string; foreign: boolean; filled: boolean }>(
      `select c.relname as table_name,
              exists (select 1 from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey) where k.conrelid = c.oid and k.contype = 'f' and a.attname = 'organisation_id') as foreign,
              exists (select 1 from pg_trigger g where g.tgrelid = c.oid and not g.tgisinternal and g.tgname = c.relname || '_organisation') as filled
         from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'`,
    );
    for (const row of rows) {
      const column = columns.get(row.table_name);
      if (!column) continue;
      expect(row.foreign, `${row.table_name}.organisation_id references an organisation`).toBe(true);
      // Accounts name their organisation when they are created (null is a platform admin): no parent could give it.
      if (column.is_nullable === 'YES' && row.table_name !== 'staff_account') expect(row.filled, `${row.table_name}: a trigger fills organisation_id`).toBe(true);
    }
  });
});

describe('on the rows of an office day', () => {
  beforeAll(async () => {
    day = await simulateOfficeDay(api, '2026-03-02', 'Bürgeramt Mandant');
    const officeId = day.office.officeId;
    // What the day leaves out (or ends): a counter session, a closure, a device, a group, and a waitlist entry without appointment.
    const counterId = await scalar<number>('select id as value from counter where office_id = $1 limit 1', [api.databaseKey(officeId)]);
    const { signInAtCounter } = await api.admin(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: api.publicId(counterId) } });
    expect(signInAtCounter.__typename).toBe('CounterSession');
    expect((await api.admin(op.addClosure, { input: { officeId, date: addDays(day.date, 7), reason: 'Betriebsausflug' } })).addClosure.__typename).toBe('CapacityChange');
    const { createDevice } = await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { __typename } }`, { input: { name: 'Wartesaal', kind: 'display', officeId } });
    expect(createDevice.__typename).toBe('CreatedDevice');
    const { createOfficeGroup } = await api.admin(`mutation ($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { __typename } }`, { input: { name: 'Mandantenämter', officeIds: [officeId] } });
    expect(createOfficeGroup.__typename).toBe('OfficeGroup');
    const { joinWaitlist } = await api.data(`mutation ($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on ErrorResult { message } } }`, {
      input: { officeIds: [officeId], serviceIds: [day.office.shortServiceId], contact: { name: 'Wanda Warten', email: 'wanda@example.org' } },
    });
    expect(joinWaitlist.__typename).toBe('WaitlistJoined');
    // A service released by draw: its release mode, a draw and a registration.
    const serviceId = day.office.shortServiceId;
    const { setServiceReleaseMode } = await api.admin(`mutation ($input: SetServiceReleaseModeInput!) { setServiceReleaseMode(input: $input) { __typename } }`, { input: { officeId, serviceId, mode: 'draw' } });
    expect(setServiceReleaseMode.__typename).toBe('ServiceRelease');
    const now = api.clock.now().getTime();
    const { scheduleDraw } = await api.admin(`mutation ($input: ScheduleDrawInput!) { scheduleDraw(input: $input) { __typename ... on Draw { id } } }`, {
      input: { serviceId, officeIds: [officeId], registrationOpensAt: new Date(now - 3_600_000), registrationClosesAt: new Date(now + 2 * 86_400_000), slotsFrom: addDays(day.date, 10), slotsTo: addDays(day.date, 11) },
    });
    expect(scheduleDraw.__typename).toBe('Draw');
    const { registerForDraw } = await api.data(`mutation ($input: RegisterForDrawInput!) { registerForDraw(input: $input) { __typename } }`, {
      input: { drawId: scheduleDraw.id, officeIds: [officeId], dateFrom: addDays(day.date, 10), dateTo: addDays(day.date, 11), persons: 1, rollOver: false, contact: { name: 'Dora Los', email: 'dora@example.org' } },
    });
    expect(registerForDraw.__typename).toBe('DrawRegistered');
    await db.query('begin');
  }, 120_000);

  afterAll(async () => {
    await db.query('rollback');
  });

  it('filled it from each row’s parent, on every write path', async () => {
    const organisationId = await scalar<number>('select organisation_id as value from office where id = $1', [api.databaseKey(day.office.officeId)]);
    expect(await scalar<number>('select count(*) as value from organisation')).toBe(1);
    const empty: string[] = [];
    for (const [table, column] of columns) {
      if (!column) continue;
      const wide = installationWideRows[table] ?? 'false';
      const { rows } = await db.query<{ organisation_id: number | null; wide: boolean; row: unknown }>(`select organisation_id, (${wide}) as wide, to_jsonb(t) as row from "${table}" t`);
      if (rows.length === 0) empty.push(table);
      for (const row of rows) expect(row.organisation_id, `${table}: ${row.wide ? 'an installation-wide' : 'a tenant'} row ${JSON.stringify(row.row)}`).toBe(row.wide ? null : organisationId);
    }
    // The day wrote to every table the migration gave a tenant; the rest (identity providers, hosts, …) have their own tests.
    const written = [
      'slot',
      'slot_claim',
      'appointment',
      'appointment_service',
      'office_service',
      'office_group_member',
      'counter',
      'counter_session',
      'capacity_rule',
      'closure',
      'queue_entry',
      'queue_call',
      'ticket_day',
      'queue_statistic',
      'waitlist_entry',
      'device',
      'staff_session',
      'outbox_message',
      'audit_entry',
      'job',
      'api_key',
      'service_release',
      'draw',
      'draw_registration',
    ];
    expect(empty.filter((table) => written.includes(table))).toEqual([]);
  });

  it('refuses a row whose organisation disagrees with its parents', async () => {
    const officeId = api.databaseKey(day.office.officeId);
    const home = await scalar<number>('select organisation_id as value from office where id = $1', [officeId]);
    const other = await scalar<number>(`insert into organisation (name, slug) values ('Stadt München', 'muenchen') returning id as value`);
    const department = await scalar<number>(`insert into department (organisation_id, name) values ($1, 'Kreisverwaltungsreferat') returning id as value`, [other]);
    const foreignOffice = await scalar<number>(`insert into office (organisation_id, department_id, name, opening_hours) values ($1, $2, 'Bürgerbüro Pasing', '[]') returning id as value`, [other, department]);

    // A given organisation must be the parent's; a row without one gets the parent's.
    expect(await refusal(`insert into counter (organisation_id, office_id, name) values ($1, $2, 'Fremder Schalter')`, [other, officeId])).toBe('counter_organisation_matches');
    expect(await scalar<number>(`insert into counter (office_id, name) values ($1, 'Schalter München') returning organisation_id as value`, [foreignOffice])).toBe(other);
    expect(await scalar<number>(`insert into counter (organisation_id, office_id, name) values ($1, $2, 'Schalter 9') returning organisation_id as value`, [home, officeId])).toBe(home);

    // Parents of two organisations: a claim of one's slot for the other's appointment, a group member, a queue entry's counter.
    const slotId = await scalar<string>(
      `insert into slot (office_id, local_date, start_at, end_at, public_capacity, intern_capacity, bookable_from, public_until) values ($1, '2026-03-20', '2026-03-20T08:00Z', '2026-03-20T08:10Z', 1, 1, '2026-03-01T00:00Z', '2026-03-19T00:00Z') returning id as value`,
      [foreignOffice],
    );
    const appointmentId = await scalar<number>('select id as value from appointment where office_id = $1 limit 1', [officeId]);
    expect(await refusal('insert into slot_claim (slot_id, appointment_id) values ($1, $2)', [slotId, appointmentId])).toBe('slot_claim_organisation_matches');
    const groupId = await scalar<number>('select office_group_id as value from office_group_member where office_id = $1', [officeId]);
    expect(await refusal('insert into office_group_member (office_group_id, office_id) values ($1, $2)', [groupId, foreignOffice])).toBe('office_group_member_organisation_matches');
    const entryId = await scalar<number>('select id as value from queue_entry where office_id = $1 limit 1', [officeId]);
    const foreignCounter = await scalar<number>('select id as value from counter where office_id = $1', [foreignOffice]);
    expect(await refusal('update queue_entry set counter_id = $1 where id = $2', [foreignCounter, entryId])).toBe('queue_entry_organisation_matches');
    expect(await refusal('update queue_entry set organisation_id = $1 where id = $2', [other, entryId])).toBe('queue_entry_organisation_matches');
    expect(await refusal(`insert into waitlist_entry (service_ids, office_ids, created_at) values ('[]', $1::jsonb, now())`, [JSON.stringify([officeId, foreignOffice])])).toBe('waitlist_entry_organisation_matches');
    const serviceId = api.databaseKey(day.office.longServiceId);
    expect(await refusal(`insert into service_release (organisation_id, office_id, service_id, mode, updated_at) values ($1, $2, $3, 'draw', now())`, [other, officeId, serviceId])).toBe('service_release_organisation_matches');
    expect(
      await refusal(
        `insert into draw (service_id, office_ids, registration_opens_at, registration_closes_at, draw_at, release_at, slots_from, slots_to, sealed_seed, commitment, created_at)
         values ($1, $2::jsonb, now(), now() + interval '1 day', now() + interval '1 day', now() + interval '2 days', '2026-04-01', '2026-04-02', 'sealed', 'commitment', now())`,
        [serviceId, JSON.stringify([officeId, foreignOffice])],
      ),
    ).toBe('draw_organisation_matches');

    // A job and an audit entry take their organisation from what they name.
    expect(await scalar<number>(`insert into job (kind, key, run_at) values ('endDay', $1, now()) on conflict (kind, key) do update set run_at = excluded.run_at returning organisation_id as value`, [String(foreignOffice)])).toBe(other);
    expect(
      await scalar<number>(`insert into audit_entry (at, actor_kind, actor_id, actor_name, action, office_id, details) values (now(), 'staff', '1', 'admin', 'test', null, $1::jsonb) returning organisation_id as value`, [
        JSON.stringify({ organisationId: other }),
      ]),
    ).toBe(other);
  });
});
