import { parseArgs } from 'node:util';
import pg from 'pg';
import { normalizeUsername, passwordProblems, usernameProblems } from '../domain/accounts/account-rules';
import { ApiKeyLevel, DeviceKind, OfficeRole, roleNameOf } from '../domain/accounts/principal';
import { issueSetupToken, setupLink, setupTokenHours } from '../modules/accounts/setup-tokens';
import { ConfigError, loadConfig } from '../platform/config';
import { withDatabaseUrl } from '../platform/embedded-postgres';
import { IdCodec, parseId } from '../platform/graphql/ids';
import { hashPassword } from '../platform/passwords';
import { CredentialKind, digest, newCredential } from '../platform/secrets';

const usage = `Usage: npm run accounts -- <command> [options]

  offices                       lists offices and office groups with their ids (for --office, --group)
  create-staff --username NAME --password PASSWORD [--display-name TEXT] (--office ID --role staff|officeAdmin | --admin)
                                staff gets the built-in role counter at the office, officeAdmin the role admin
  create-api-key --name TEXT --level public|callcenter [--organisation SLUG]
                                the key books in that organisation (default: the only one)
  create-device --name TEXT --kind display|kiosk (--office ID | --group ID)
  setup-link                    prints a one-time link that creates the first admin (while there is none)

Runs on DATABASE_URL, or on the embedded PostgreSQL of npm start (started for the call if need be).
Keys and links are printed once; only their digests are stored.`;

/** A mistake of the caller: said in one line, without a stack trace. */
class UsageError extends Error {}

const options = {
  help: { type: 'boolean', short: 'h', default: false },
  username: { type: 'string' },
  password: { type: 'string' },
  'display-name': { type: 'string' },
  office: { type: 'string' },
  group: { type: 'string' },
  role: { type: 'string' },
  admin: { type: 'boolean', default: false },
  name: { type: 'string' },
  level: { type: 'string' },
  kind: { type: 'string' },
  organisation: { type: 'string' },
} as const;
type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function required(values: Values, name: 'username' | 'password' | 'name' | 'level' | 'kind' | 'role'): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required.`);
  return value.trim();
}

function oneOf<T extends string>(value: string, allowed: Record<string, T>, name: string): T {
  if (!(Object.values(allowed) as string[]).includes(value)) throw new UsageError(`--${name} must be one of ${Object.values(allowed).join(', ')}.`);
  return value as T;
}

/** An office's or group's ID as the API and the admin app show it, or its database key. */
function idOf(value: string | undefined, name: string, ids: IdCodec): number | null {
  if (value === undefined) return null;
  const key = parseId(value.trim()) ?? parseId(ids.toDatabaseKey(value.trim()) ?? '');
  if (key === null) throw new UsageError(`--${name} takes an ID as npm run accounts -- offices lists it, not "${value}".`);
  return key;
}

async function listOffices(db: pg.ClientBase, ids: IdCodec): Promise<string> {
  const offices = await db.query<{ id: number; name: string; address: string }>(
    `select o.id, o.name || ' [' || g.slug || ']' as name, concat_ws(', ', nullif(trim(address_street || ' ' || address_house_number), ''), nullif(trim(address_postal_code || ' ' || address_city), '')) as address
       from office o join organisation g on g.id = o.organisation_id order by o.id`,
  );
  const groups = await db.query<{ id: number; name: string; offices: string }>(
    `select g.id, g.name, coalesce(string_agg(m.office_id::text, ', ' order by m.office_id), '') as offices
     from office_group g left join office_group_member m on m.office_group_id = g.id group by g.id order by g.id`,
  );
  if (offices.rows.length === 0) return 'No offices yet: npm run seed -- --demo loads the demo offices, --dldb <folder> imports an export.';
  // The API's ID first (what the admin app shows), then the database key: either works for --office and --group.
  const idColumns = (key: number) => `  ${ids.toPublic(key)}  ${String(key).padStart(4)}`;
  const lines = ['Offices (ID, key, name [organisation], address):', ...offices.rows.map((office) => `${idColumns(office.id)}  ${office.name}${office.address ? `  (${office.address})` : ''}`)];
  if (groups.rows.length > 0) lines.push('Office groups (ID, key, name: office keys):', ...groups.rows.map((group) => `${idColumns(group.id)}  ${group.name}: ${group.offices || 'no offices'}`));
  return lines.join('\n');
}

async function createStaff(db: pg.ClientBase, values: Values, now: Date, ids: IdCodec): Promise<string> {
  const username = normalizeUsername(required(values, 'username'));
  const password = required(values, 'password');
  const problems = [...usernameProblems(username), ...passwordProblems(password)];
  if (problems.length > 0) throw new UsageError(problems.join(' '));
  const officeId = idOf(values.office, 'office', ids);
  if (!values.admin && officeId === null) throw new UsageError('A staff account needs --office and --role, or --admin.');
  const role = officeId === null ? null : oneOf(required(values, 'role'), OfficeRole, 'role');
  const office = officeId === null ? null : (await db.query<{ organisation_id: number }>('select organisation_id from office where id = $1', [officeId])).rows[0];
  if (officeId !== null && !office) throw new UsageError(`There is no office ${officeId} (see npm run accounts -- offices).`);
  // An admin belongs to no organisation; staff to their office's, where usernames are unique.
  const organisationId = values.admin ? null : (office?.organisation_id ?? null);
  const created = await db.query<{ id: number }>(
    'insert into staff_account (organisation_id, username, display_name, password_hash, is_admin, created_at) values ($1, $2, $3, $4, $5, $6) on conflict on constraint staff_account_organisation_id_username_unique do nothing returning id',
    [organisationId, username, values['display-name']?.trim() || username, await hashPassword(password), values.admin, now],
  );
  if (created.rowCount === 0) throw new UsageError(`The username ${username} is taken.`);
  if (officeId !== null && organisationId !== null) {
    await db.query('insert into role_assignment (organisation_id, account_id, role_id, office_id) select $1, $2, r.id, $3 from role r where r.organisation_id = $1 and r.name = $4', [
      organisationId,
      created.rows[0].id,
      officeId,
      roleNameOf[role as OfficeRole],
    ]);
  }
  return `Created staff account ${username}${values.admin ? ' (admin)' : ''}.`;
}

async function createApiKey(db: pg.ClientBase, values: Values, now: Date): Promise<string> {
  const name = required(values, 'name');
  const level = oneOf(required(values, 'level'), ApiKeyLevel, 'level');
  const organisations = await db.query<{ id: number; slug: string }>('select id, slug from organisation order by id');
  const slug = values.organisation?.trim();
  const organisation = slug ? organisations.rows.find((row) => row.slug === slug) : organisations.rows.length === 1 ? organisations.rows[0] : undefined;
  if (!organisation) {
    const known = organisations.rows.map((row) => row.slug).join(', ') || 'none yet';
    throw new UsageError(slug ? `There is no organisation ${slug} (there are: ${known}).` : `Give --organisation, one of: ${known}.`);
  }
  const key = newCredential(CredentialKind.apiKey);
  await db.query('insert into api_key (organisation_id, name, level, key_digest, key_prefix, created_at) values ($1, $2, $3, $4, $5, $6)', [organisation.id, name, level, digest(key), key.slice(0, 8), now]);
  return `API key (shown once): ${key}`;
}

async function createDevice(db: pg.ClientBase, values: Values, now: Date, publicBaseUrl: string, ids: IdCodec): Promise<string> {
  const name = required(values, 'name');
  const kind = oneOf(required(values, 'kind'), DeviceKind, 'kind');
  const officeId = idOf(values.office, 'office', ids);
  const groupId = idOf(values.group, 'group', ids);
  if ((officeId === null) === (groupId === null)) throw new UsageError('Give --office or --group, one of them (see npm run accounts -- offices).');
  const exists = officeId !== null ? await db.query('select 1 from office where id = $1', [officeId]) : await db.query('select 1 from office_group where id = $1', [groupId]);
  if (exists.rowCount === 0) throw new UsageError(`There is no ${officeId !== null ? `office ${officeId}` : `office group ${groupId}`} (see npm run accounts -- offices).`);
  const key = newCredential(CredentialKind.device);
  await db.query('insert into device (name, kind, office_id, group_id, key_digest, key_prefix, created_at) values ($1, $2, $3, $4, $5, $6, $7)', [name, kind, officeId, groupId, digest(key), key.slice(0, 8), now]);
  return `Device key (shown once): ${key}\nOpen ${publicBaseUrl}/${kind}/#${new URLSearchParams({ key })} on the ${kind} once; it keeps the key.`;
}

async function printSetupLink(db: pg.ClientBase, now: Date, publicBaseUrl: string): Promise<string> {
  const token = await issueSetupToken(db, now);
  if (token === null) throw new UsageError(`The installation has an admin already: sign in at ${publicBaseUrl}/staff/, or add one with create-staff --admin.`);
  return `Setup link (works once, for ${setupTokenHours} hours; only its digest is stored):\n${setupLink(publicBaseUrl, token)}`;
}

/** What went wrong, in one line: the database's own words where it answered, what to do where it did not. */
function describeFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError) return error.message;
  const { code, message } = error as { code?: string; message?: string };
  if (code?.startsWith('ERR_PARSE_ARGS_')) return `${String(message).split(/\.\s/)[0].replace(/\.$/, '')}. See npm run accounts -- --help.`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') return `Cannot reach PostgreSQL (${code}): check DATABASE_URL, or leave it unset to use the embedded database.`;
  if (code === '42P01') return `The database has no tables of ours yet (${message}): run npm run migrate, or npm start once.`;
  return message ? `Failed: ${message}` : `Failed: ${String(error)}`;
}

try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options });
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    console.log(usage);
  } else {
    const config = loadConfig();
    const ids = new IdCodec(config.notifications.linkSecret);
    const commands: Record<string, (db: pg.ClientBase, now: Date) => Promise<string>> = {
      offices: (db) => listOffices(db, ids),
      'create-staff': (db, now) => createStaff(db, values, now, ids),
      'create-api-key': (db, now) => createApiKey(db, values, now),
      'create-device': (db, now) => createDevice(db, values, now, config.publicBaseUrl, ids),
      'setup-link': (db, now) => printSetupLink(db, now, config.publicBaseUrl),
    };
    const run = commands[command];
    if (!run) throw new UsageError(`Unknown command "${command}". See npm run accounts -- --help.`);
    const message = await withDatabaseUrl(config.databaseUrl, config.embeddedDataDir, async (url) => {
      const db = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      await db.connect();
      try {
        await db.query('begin');
        const answer = await run(db, new Date());
        await db.query('commit');
        return answer;
      } finally {
        await db.end();
      }
    });
    console.log(message);
  }
} catch (error) {
  console.error(describeFailure(error));
  // exitCode, not exit(): output to a pipe is written asynchronously and would be cut off.
  process.exitCode = 1;
}
