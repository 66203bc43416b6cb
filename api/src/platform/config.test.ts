import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database with migrations and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', databaseUrl: null, migrateOnStart: true, seedDemoData: true, testClock: false, jobPolling: true, port: 4000 });
    expect(config.publicBaseUrl).toBe('http://127.0.0.1:4000');
  });

  it('does not migrate or seed a given production database unless asked', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/zms', PUBLIC_BASE_URL: 'https://termine.example.berlin', LINK_SIGNING_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ migrateOnStart: false, seedDemoData: false });
  });

  it.each([
    [undefined, false],
    ['1', 1],
    ['true', true],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as Express does', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('reads the mail, SMS and reminder settings, SMTP also from host parts', () => {
    const config = loadConfig({ SMTP_HOST: 'mail.example.org', SMTP_PORT: '587', SMTP_USER: 'termine', SMTP_PASS: 'p@ss word', REMINDER_OFFSETS_MINUTES: '120,1440,120', SMS_PROVIDER_URL: 'https://sms.example.org/send' });
    expect(config.mail.smtpUrl).toBe('smtp://termine:p%40ss%20word@mail.example.org:587');
    expect(config.notifications.reminderOffsetsMinutes).toEqual([1440, 120]);
    expect(config.sms.providerUrl).toBe('https://sms.example.org/send');
    expect(loadConfig({}).mail.smtpUrl).toBeNull();
    expect(loadConfig({}).sms.providerUrl).toBeNull();
  });

  it('reads the test clock and stops polling jobs under it', () => {
    const config = loadConfig({ ZMS_TEST_CLOCK: 'true', ZMS_CLOCK_START: '2026-03-29T00:30:00Z' });
    expect(config.clockStart?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(config.jobPolling).toBe(false);
  });

  it.each([
    [{ NODE_ENV: 'production', ZMS_TEST_CLOCK: 'true' }, 'ZMS_TEST_CLOCK is a test-only setting and is refused in production'],
    [{ NODE_ENV: 'production' }, 'PUBLIC_BASE_URL is required in production'],
    [{ ZMS_CLOCK_START: '2026-03-01T00:00:00Z' }, 'ZMS_CLOCK_START needs ZMS_TEST_CLOCK=true'],
    [{ ZMS_TEST_CLOCK: 'true', ZMS_CLOCK_START: 'yesterday' }, 'ZMS_CLOCK_START must be an ISO instant'],
    [{ PORT: 'eighty' }, 'PORT must be an integer'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, test or production'],
    [{ BOOTSTRAP_ADMIN_USERNAME: 'admin' }, 'BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD go together'],
    [{ BOOTSTRAP_ADMIN_USERNAME: 'admin', BOOTSTRAP_ADMIN_PASSWORD: 'short' }, 'BOOTSTRAP_ADMIN_PASSWORD must have at least 12 characters'],
    [{ CORS_ORIGINS: 'https://partner.example/path' }, 'CORS_ORIGINS lists origins like https://example.org'],
    [{ PUBLIC_BASE_URL: 'not a url' }, 'PUBLIC_BASE_URL must be a URL'],
    [{ SEED_DEMO_DATA: 'maybe' }, 'SEED_DEMO_DATA must be true or false'],
    [{ TRUST_PROXY: 'not an address' }, 'TRUST_PROXY must be false, true, a hop count or addresses/subnets'],
    [{ IMPORT_TEMPLATE_WEEKDAYS: '1,8' }, 'IMPORT_TEMPLATE_WEEKDAYS must list ISO weekdays 1..7'],
    [{ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://termine.example.berlin' }, 'LINK_SIGNING_SECRET of at least 32 characters is required in production'],
    [{ SMTP_URL: 'mail.example.org:25' }, 'SMTP_URL must start with smtp:// or smtps://'],
    [{ SMS_PROVIDER_URL: 'sms.example.org' }, 'SMS_PROVIDER_URL must be an http(s) URL'],
    [{ REMINDER_OFFSETS_MINUTES: '1440,soon' }, 'REMINDER_OFFSETS_MINUTES must list minutes before the appointment'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('.env.example', () => {
  it('lists every setting the configuration reads', () => {
    const source = fs.readFileSync(new URL('./config.ts', import.meta.url), 'utf8');
    const example = fs.readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const settings = new Set([...source.matchAll(/(?:integer|flag)\('([A-Z][A-Z0-9_]+)'|env\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1] ?? match[2]));
    const undocumented = [...settings].filter((name) => !new RegExp(`^# ${name}=`, 'm').test(example));
    expect(undocumented).toEqual([]);
  });
});
