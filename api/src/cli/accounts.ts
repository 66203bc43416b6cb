import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ApiKeyLevel, DeviceKind, OfficeRole } from '../domain/accounts/principal';
import { ApiKey, Device, OfficeMembership, StaffAccount } from '../modules/accounts/account.entity';
import { minPasswordLength } from '../modules/accounts/accounts.service';
import { OfficeGroup } from '../modules/catalog/office-group.entity';
import { Office } from '../modules/catalog/office.entity';
import { systemClock } from '../platform/clock';
import { ConfigError, loadConfig } from '../platform/config';
import { openOrm } from '../platform/database';
import { withDatabaseUrl } from '../platform/embedded-postgres';
import { hashPassword } from '../platform/passwords';
import { CredentialKind, digest, newCredential } from '../platform/secrets';

const usage = `Usage:
  npm run accounts -- create-staff --username NAME --password PASSWORD [--display-name TEXT] [--office ID --role staff|officeAdmin] [--admin]
  npm run accounts -- create-api-key --name TEXT --level public|callcenter
  npm run accounts -- create-device --name TEXT --kind display|kiosk (--office ID | --group ID)
Keys are printed once; only their digests are stored.`;

class UsageError extends Error {}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required.\n${usage}`);
  return value.trim();
}

function oneOf<T extends string>(value: string, allowed: Record<string, T>, name: string): T {
  if (!(Object.values(allowed) as string[]).includes(value)) throw new UsageError(`--${name} must be one of ${Object.values(allowed).join(', ')}.`);
  return value as T;
}

// Scripts that set up a deployment: staff, API keys and devices, on the database the app uses.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
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
  },
});

try {
  const config = loadConfig();
  const now = systemClock.now();
  const message = await withDatabaseUrl(config.databaseUrl, config.embeddedDataDir, async (url) => {
    const orm = await openOrm(url);
    try {
      return await orm.em.fork().transactional(async (em) => {
        switch (positionals[0]) {
          case 'create-staff': {
            const username = required(values, 'username').toLowerCase();
            const password = required(values, 'password');
            if (password.length < minPasswordLength) throw new UsageError(`A password needs at least ${minPasswordLength} characters.`);
            if (!values.admin && !values.office) throw new UsageError('A staff account needs --office and --role, or --admin.');
            if (await em.findOne(StaffAccount, { username })) throw new UsageError(`The username ${username} is taken.`);
            const account = em.create(StaffAccount, { username, displayName: values['display-name'] ?? username, passwordHash: await hashPassword(password), isAdmin: values.admin, createdAt: now } as StaffAccount);
            if (values.office) {
              const office = await em.findOne(Office, Number(values.office));
              if (!office) throw new UsageError(`There is no office ${values.office}.`);
              em.create(OfficeMembership, { account, office, role: oneOf(required(values, 'role'), OfficeRole, 'role') } as OfficeMembership);
            }
            return `Created staff account ${username}.`;
          }
          case 'create-api-key': {
            const key = newCredential(CredentialKind.apiKey);
            em.create(ApiKey, { name: required(values, 'name'), level: oneOf(required(values, 'level'), ApiKeyLevel, 'level'), keyDigest: digest(key), keyPrefix: key.slice(0, 8), createdAt: now } as ApiKey);
            return `API key (shown once): ${key}`;
          }
          case 'create-device': {
            const office = values.office ? await em.findOne(Office, Number(values.office)) : null;
            const group = values.group ? await em.findOne(OfficeGroup, Number(values.group)) : null;
            if (!office === !group) throw new UsageError('Give --office or --group (one of them, existing).');
            const key = newCredential(CredentialKind.device);
            em.create(Device, { name: required(values, 'name'), kind: oneOf(required(values, 'kind'), DeviceKind, 'kind'), office, group, keyDigest: digest(key), keyPrefix: key.slice(0, 8), createdAt: now } as Device);
            return `Device key (shown once): ${key}`;
          }
          default:
            throw new UsageError(usage);
        }
      });
    } finally {
      await orm.close();
    }
  });
  console.log(message);
} catch (error) {
  console.error(error instanceof UsageError || error instanceof ConfigError ? error.message : error);
  // exitCode, not exit(): output to a pipe is written asynchronously and would be cut off.
  process.exitCode = 1;
}
