import path from 'node:path';
import proxyAddr from 'proxy-addr';
import { fileURLToPath } from 'node:url';
import { productionPasswordCost } from './passwords';
import { vapidKeysOf, type VapidKeys } from './vapid-keys';

export type Environment = 'development' | 'test' | 'production';

/** Everything the API reads from its environment, parsed and checked in one place. */
export interface AppConfig {
  environment: Environment;
  host: string;
  port: number;
  /** Base URL that links to this deployment start with (mails, ICS, QR codes). */
  publicBaseUrl: string;
  /** PostgreSQL to use; null starts the embedded server. */
  databaseUrl: string | null;
  /**
   * PostgreSQL without a pooler between, for what needs a session of its own: the LISTEN of events,
   * the migrations' advisory lock, the rate limits' pool (named prepared statements, a session
   * setting). null: DATABASE_URL itself, which then must not be PgBouncer in transaction mode.
   */
  databaseDirectUrl: string | null;
  /** Connections one process opens at most: its queries' pool (DATABASE_URL) and the rate limits' (direct). */
  databasePools: { queries: number; limits: number };
  /**
   * A streaming replica of the primary that availability, statistics and catalogue reads use while
   * it has replayed every commit made before they arrived (docs/read-replicas.md); null reads
   * everything on the primary. `waitMs`: how long a read waits for the replay to get that far.
   */
  readReplica: { url: string; waitMs: number } | null;
  /**
   * Public reads executing at once, how long and how many may wait their turn, and the event-loop
   * delay past which they are refused on arrival (0: never for the delay): docs/live-updates.md.
   */
  loadShedding: { concurrentPublicReads: number; maxWaitMs: number; maxWaiting: number; maxEventLoopDelayMs: number };
  embeddedDataDir: string;
  /** Applies pending migrations at start (always on for the embedded default and development). */
  migrateOnStart: boolean;
  /** Loads the demo offices into an empty database at start. */
  seedDemoData: boolean;
  /** The platform's first admin, created at start when no account has this username. */
  bootstrapAdmin: { username: string; password: string } | null;
  /** How long a staff session lasts. */
  sessionHours: number;
  /** scrypt's N of new password hashes, as a power of two: 17 (OWASP's minimum) and up in production; tests go lower. */
  passwordHashCost: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** How often WebSockets are pinged; one that misses a ping until the next is closed. */
  socketHeartbeatMs: number;
  /** Limits of the WebSocket server, counted in each process: a socket lives in one. */
  sockets: {
    /** Largest message a client may send; a larger one closes that socket with 1009. */
    maxMessageBytes: number;
    /** Open sockets of anonymous callers per client address (IPv6: per /64). */
    perAddress: number;
    /** Open sockets per credential (device key, staff account, API key), whatever their addresses. */
    perCredential: number;
    /** Operations open at once on one socket: its subscriptions, and queries still running. */
    operationsPerSocket: number;
  };
  /** Abuse protection; limits live in PostgreSQL (or Redis) so that they hold across processes. */
  limits: {
    anonymousPerMinute: number;
    apiKeyPerMinute: number;
    wrongSecretsPerHour: number;
    /** Names of API keys that no rate limit applies to (benchmarks, trusted integrations). */
    exemptApiKeys: string[];
    maxQueryDepth: number;
    maxQueryComplexity: number;
    /** Tokens a GraphQL document may have; parsing stops past them, before any other work. */
    maxQueryTokens: number;
    /** Future appointments one email address may hold at one office. */
    activeAppointmentsPerEmail: number;
  };
  /** Self-hosted proof of work (ALTCHA) that anonymous callers solve before reserveSlot. */
  altcha: { enabled: boolean; hmacKey: string; maxNumber: number };
  /** Who may read the schema over GraphQL (`__schema`, `__type`): anybody when enabled (not in production by default), else the API keys named. */
  introspection: { enabled: boolean; apiKeys: string[] };
  /**
   * Which callers may send only the trusted documents (the manifests codegen writes for our apps
   * and the SDK, plus `manifests`), by hash: anonymous callers always, others when listed.
   */
  trustedDocuments: { onlyFor: TrustedDocumentCaller[]; manifests: string[] };
  /** Traces sent over OTLP/HTTP (JSON) to a collector; null starts no tracing at all (docs/operations.md, "Tracing"). */
  tracing: { tracesUrl: string; serviceName: string; sampleRatio: number } | null;
  /** Redis for the event fan-out between API processes; null uses PostgreSQL LISTEN/NOTIFY. */
  redisUrl: string | null;
  /** How the event listener comes back after losing PostgreSQL or Redis. */
  events: {
    /** First wait before listening again, doubled per failure up to the maximum (with jitter). */
    reconnectBackoff: { minMs: number; maxMs: number };
    /** How often the LISTEN connection is probed, and how long a probe may take. */
    probeIntervalMs: number;
  };
  /** Browser origins of third-party front ends allowed to call the API (CORS). */
  corsOrigins: string[];
  /** Express `trust proxy`: which proxies' X-Forwarded-For gives the client address; false trusts none. */
  trustProxy: string | number | boolean;
  /** Test-only: the clock can be set over HTTP; production refuses to start with it. */
  testClock: boolean;
  /** Initial time of the test clock. */
  clockStart: Date | null;
  /** Whether this process polls the job table; tests run jobs on demand instead. */
  jobPolling: boolean;
  jobPollIntervalMs: number;
  /** Weekly capacity given to imported offices that come without opening hours. */
  importTemplate: { weekdays: number[]; start: string; end: string; counters: number };
  /** Mail over SMTP; without an SMTP server, development keeps mails in the local mailbox page. */
  mail: {
    smtpUrl: string | null;
    from: string;
    /** Bounds of one send, so that a server that stalls only delays its own message (milliseconds). */
    timeouts: { connectionMs: number; greetingMs: number; socketMs: number };
  };
  /** SMS over an HTTP provider; off unless its URL is set. */
  sms: { providerUrl: string | null; token: string; sender: string };
  /** Reminders, opt-in, waitlist holds and the signed links in messages. */
  notifications: {
    /** Minutes before an appointment that reminders go out (default the day before and 2 hours before). */
    reminderOffsetsMinutes: number[];
    /** Minutes a double-opt-in booking waits for its link to be clicked. */
    optInMinutes: number;
    /** Minutes a waitlisted citizen has to take a slot offered to them. */
    waitlistHoldMinutes: number;
    /** Days sent messages are kept before the retention job erases them. */
    messageRetentionDays: number;
    /** Key of the signed tokens in mail links and of contact digests; the same in every API process. */
    linkSecret: string;
    /** Hosts that offices' own message texts may link to (and their subdomains), besides PUBLIC_BASE_URL's. */
    linkHosts: string[];
  };
  /** Browser notices (Web Push): the VAPID keys they are signed with; null turns them off. */
  webPush: VapidKeys | null;
  /** The installation's imprint, privacy notice and accessibility statement; each organisation may override any of them. */
  legal: LegalDefaults;
  /** Outgoing webhooks (docs/webhooks.md). */
  webhooks: {
    /** How long one delivery may take, connection to response (milliseconds). */
    timeoutMs: number;
    /** Failed attempts in a row after which an endpoint is disabled and its owner mailed. */
    disableAfterFailures: number;
  };
}

/** How far the portal conforms to BITV 2.0, as an accessibility statement says it. */
export type AccessibilityConformanceSetting = 'full' | 'partial' | 'none';
const accessibilityConformances: readonly AccessibilityConformanceSetting[] = ['full', 'partial', 'none'];

/** What the portal's legal pages say where an organisation sets nothing of its own. */
export interface LegalDefaults {
  imprintUrl: string | null;
  privacyUrl: string | null;
  accessibilityContactEmail: string | null;
  accessibilityConformance: AccessibilityConformanceSetting;
  /** What is not yet accessible (German, one item a line). */
  accessibilityKnownBarriers: string;
  accessibilityPreparedOn: string | null;
  accessibilityReviewedOn: string | null;
  accessibilityEnforcementBody: string;
  accessibilityEnforcementUrl: string | null;
}

/** The kinds of caller, as the principal names them. */
export type TrustedDocumentCaller = 'anonymous' | 'apiKey' | 'device' | 'staff';
const trustedDocumentCallers: readonly TrustedDocumentCaller[] = ['anonymous', 'apiKey', 'device', 'staff'];

export class ConfigError extends Error {}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** As Express reads it: a hop count, true (trust every hop), or addresses and subnets. */
function parseTrustProxy(raw: string | undefined, problems: string[]): string | number | boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  try {
    proxyAddr.compile(raw.split(',').map((part) => part.trim()));
  } catch {
    problems.push(`TRUST_PROXY must be false, true, a hop count or addresses/subnets (e.g. loopback, 10.0.0.0/8), not "${raw}"`);
    return false;
  }
  return raw;
}

/** Outside production only: links signed with it are good for a development machine, nothing else. */
const developmentLinkSecret = 'development-only-link-signing-secret-not-for-production';

function smtpUrlOf(env: NodeJS.ProcessEnv): string {
  const url = new URL(`${env.SMTP_SECURE === 'true' ? 'smtps' : 'smtp'}://${env.SMTP_HOST}`);
  if (env.SMTP_PORT) url.port = env.SMTP_PORT;
  if (env.SMTP_USER) url.username = encodeURIComponent(env.SMTP_USER);
  if (env.SMTP_PASS) url.password = encodeURIComponent(env.SMTP_PASS);
  return url.toString();
}

/**
 * Where traces go, by OpenTelemetry's own names: the traces endpoint as given, or the collector's
 * base URL with its traces path; OTEL_SDK_DISABLED turns either off.
 */
function tracingOf(env: NodeJS.ProcessEnv, problems: string[]): AppConfig['tracing'] {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const tracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (base ? `${base.replace(/\/$/, '')}/v1/traces` : '');
  if (!tracesUrl || env.OTEL_SDK_DISABLED === 'true') return null;
  if (!/^https?:\/\//.test(tracesUrl) || !URL.canParse(tracesUrl)) problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) must be an http(s) URL, not "${tracesUrl}"`);
  const sampleRatio = Number(env.TRACING_SAMPLE_RATIO || '1');
  if (!(sampleRatio >= 0 && sampleRatio <= 1)) problems.push(`TRACING_SAMPLE_RATIO must be a number in 0..1, not "${env.TRACING_SAMPLE_RATIO}"`);
  return { tracesUrl, serviceName: env.OTEL_SERVICE_NAME || 'zms-api', sampleRatio };
}

function legalOf(env: NodeJS.ProcessEnv, problems: string[]): LegalDefaults {
  const url = (name: string): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    if (!/^https?:\/\//.test(raw) || !URL.canParse(raw)) problems.push(`${name} must be an http(s) URL, not "${raw}"`);
    return raw;
  };
  const date = (name: string): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    if (!/^\d{4}-\d\d-\d\d$/.test(raw) || Number.isNaN(Date.parse(raw))) problems.push(`${name} must be a date, YYYY-MM-DD, not "${raw}"`);
    return raw;
  };
  const email = env.ACCESSIBILITY_CONTACT_EMAIL?.trim() || null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push(`ACCESSIBILITY_CONTACT_EMAIL must be an email address, not "${email}"`);
  const conformance = (env.ACCESSIBILITY_CONFORMANCE?.trim() || 'partial') as AccessibilityConformanceSetting;
  if (!accessibilityConformances.includes(conformance)) problems.push(`ACCESSIBILITY_CONFORMANCE must be full, partial or none, not "${conformance}"`);
  return {
    imprintUrl: url('LEGAL_IMPRINT_URL'),
    privacyUrl: url('LEGAL_PRIVACY_URL'),
    accessibilityContactEmail: email,
    accessibilityConformance: conformance,
    // Several lines in one variable: separated by "|".
    accessibilityKnownBarriers: (env.ACCESSIBILITY_KNOWN_BARRIERS ?? '')
      .split('|')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    accessibilityPreparedOn: date('ACCESSIBILITY_STATEMENT_PREPARED_ON'),
    accessibilityReviewedOn: date('ACCESSIBILITY_STATEMENT_REVIEWED_ON'),
    accessibilityEnforcementBody: env.ACCESSIBILITY_ENFORCEMENT_BODY?.trim() || 'Landesbeauftragte für digitale Barrierefreiheit Berlin',
    accessibilityEnforcementUrl: url('ACCESSIBILITY_ENFORCEMENT_URL'),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const environment = (env.NODE_ENV ?? 'development') as Environment;
  if (!['development', 'test', 'production'].includes(environment)) problems.push(`NODE_ENV must be development, test or production, not "${environment}"`);

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer in ${min}..${max}, not "${raw}"`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false, not "${raw}"`);
    return fallback;
  };

  const production = environment === 'production';
  const port = integer('PORT', 4000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const databaseUrl = env.DATABASE_URL || null;
  const databaseDirectUrl = env.DATABASE_DIRECT_URL || null;
  if (databaseDirectUrl !== null && databaseUrl === null) problems.push('DATABASE_DIRECT_URL goes with DATABASE_URL: it is the same database without PgBouncer');
  const testClock = flag('ZMS_TEST_CLOCK', false);
  if (testClock && environment === 'production') problems.push('ZMS_TEST_CLOCK is a test-only setting and is refused in production');

  let clockStart: Date | null = null;
  if (env.ZMS_CLOCK_START) {
    clockStart = new Date(env.ZMS_CLOCK_START);
    if (Number.isNaN(clockStart.getTime())) problems.push(`ZMS_CLOCK_START must be an ISO instant, not "${env.ZMS_CLOCK_START}"`);
    if (!testClock) problems.push('ZMS_CLOCK_START needs ZMS_TEST_CLOCK=true');
  }

  let bootstrapAdmin: AppConfig['bootstrapAdmin'] = null;
  if (env.BOOTSTRAP_ADMIN_USERNAME || env.BOOTSTRAP_ADMIN_PASSWORD) {
    if (!env.BOOTSTRAP_ADMIN_USERNAME || !env.BOOTSTRAP_ADMIN_PASSWORD) problems.push('BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD go together');
    else if (env.BOOTSTRAP_ADMIN_PASSWORD.length < 12) problems.push('BOOTSTRAP_ADMIN_PASSWORD must have at least 12 characters');
    else bootstrapAdmin = { username: env.BOOTSTRAP_ADMIN_USERNAME, password: env.BOOTSTRAP_ADMIN_PASSWORD };
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) problems.push(`LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, not "${logLevel}"`);
  const altchaEnabled = flag('ALTCHA_ENABLED', false);
  if (altchaEnabled && (env.ALTCHA_HMAC_KEY ?? '').length < 32) problems.push('ALTCHA_ENABLED needs ALTCHA_HMAC_KEY of at least 32 characters, the same in every API process');
  const corsOrigins = (env.CORS_ORIGINS || '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    try {
      if (new URL(origin).origin !== origin) throw new Error();
    } catch {
      problems.push(`CORS_ORIGINS lists origins like https://example.org, not "${origin}"`);
    }
  }

  if (environment === 'production' && !env.PUBLIC_BASE_URL) problems.push('PUBLIC_BASE_URL is required in production: links in mails and calendar files start with it');
  const publicBaseUrl = env.PUBLIC_BASE_URL || `http://${host}:${port}`;
  try {
    new URL(publicBaseUrl);
  } catch {
    problems.push(`PUBLIC_BASE_URL must be a URL, not "${publicBaseUrl}"`);
  }

  const templateStart = env.IMPORT_TEMPLATE_START || '08:00';
  const templateEnd = env.IMPORT_TEMPLATE_END || '15:00';
  const templateWeekdays = (env.IMPORT_TEMPLATE_WEEKDAYS || '1,2,3,4,5').split(',').map(Number);
  if (templateWeekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) problems.push('IMPORT_TEMPLATE_WEEKDAYS must list ISO weekdays 1..7');
  if (!/^\d\d:\d\d$/.test(templateStart) || !/^\d\d:\d\d$/.test(templateEnd) || templateStart >= templateEnd) problems.push('IMPORT_TEMPLATE_START/END must be HH:MM with start before end');

  // `none` is for tests whose documents are built at run time, where no manifest can hold them.
  const noneTrustedOnly = env.TRUSTED_DOCUMENTS_ONLY_FOR === 'none' && environment !== 'production';
  const onlyTrustedFor = noneTrustedOnly ? [] : ((env.TRUSTED_DOCUMENTS_ONLY_FOR || 'anonymous').split(',').map((part) => part.trim()) as TrustedDocumentCaller[]);
  if (!noneTrustedOnly && (onlyTrustedFor.some((caller) => !trustedDocumentCallers.includes(caller)) || !onlyTrustedFor.includes('anonymous')))
    problems.push(`TRUSTED_DOCUMENTS_ONLY_FOR lists anonymous and any of apiKey, device, staff (none only outside production), not "${env.TRUSTED_DOCUMENTS_ONLY_FOR}"`);

  const tracing = tracingOf(env, problems);
  const smtpUrl = env.SMTP_URL || (env.SMTP_HOST ? smtpUrlOf(env) : null);
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  const smsProviderUrl = env.SMS_PROVIDER_URL || null;
  if (smsProviderUrl !== null && !/^https?:\/\//.test(smsProviderUrl)) problems.push('SMS_PROVIDER_URL must be an http(s) URL');
  const messageLinkHosts = (env.MESSAGE_LINK_HOSTS ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  if (messageLinkHosts.some((host) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host))) problems.push('MESSAGE_LINK_HOSTS must list host names, e.g. service.berlin.de,umfrage.berlin.de');
  const reminderOffsets = (env.REMINDER_OFFSETS_MINUTES || '1440,120').split(',').map((part) => Number(part.trim()));
  if (reminderOffsets.some((minutes) => !Number.isInteger(minutes) || minutes < 1 || minutes > 30 * 1440)) problems.push('REMINDER_OFFSETS_MINUTES must list minutes before the appointment, e.g. 1440,120');
  const linkSecret = env.LINK_SIGNING_SECRET || (environment === 'production' ? '' : developmentLinkSecret);
  if (linkSecret.length < 32) problems.push('LINK_SIGNING_SECRET of at least 32 characters is required in production, the same in every API process');

  const legal = legalOf(env, problems);

  const config: AppConfig = {
    environment,
    legal,
    host,
    port,
    publicBaseUrl: publicBaseUrl.replace(/\/$/, ''),
    databaseUrl,
    databaseDirectUrl,
    // Per process; times the processes, they must fit PgBouncer's pool and max_connections (docs/operations.md, "Connections").
    databasePools: { queries: integer('DATABASE_POOL_MAX', 20, 1, 1000), limits: integer('DATABASE_LIMITS_POOL_MAX', 4, 1, 100) },
    readReplica: env.DATABASE_REPLICA_URL ? { url: env.DATABASE_REPLICA_URL, waitMs: integer('DATABASE_REPLICA_WAIT_MS', 20, 0, 10_000) } : null,
    loadShedding: {
      concurrentPublicReads: integer('LOAD_SHEDDING_CONCURRENT_READS', 16, 1, 10_000),
      maxWaitMs: integer('LOAD_SHEDDING_MAX_WAIT_MS', 1000, 0, 600_000),
      maxWaiting: integer('LOAD_SHEDDING_MAX_WAITING', 1000, 0, 1_000_000),
      maxEventLoopDelayMs: integer('LOAD_SHEDDING_MAX_EVENT_LOOP_DELAY_MS', 200, 0, 60_000),
    },
    embeddedDataDir: env.EMBEDDED_PG_DIR ? path.resolve(env.EMBEDDED_PG_DIR) : path.join(repositoryRoot, '.data', 'postgres'),
    migrateOnStart: flag('MIGRATE_ON_START', databaseUrl === null || environment !== 'production'),
    seedDemoData: flag('SEED_DEMO_DATA', databaseUrl === null),
    bootstrapAdmin,
    sessionHours: integer('SESSION_HOURS', 12, 1, 24 * 30),
    passwordHashCost: integer('PASSWORD_HASH_COST', productionPasswordCost, production ? productionPasswordCost : 10, 20),
    corsOrigins,
    redisUrl: env.REDIS_URL || null,
    tracing,
    // Tests shorten these; production keeps waits that do not hammer a database coming back.
    events: {
      reconnectBackoff: { minMs: integer('EVENT_RECONNECT_MIN_MS', 500, production ? 200 : 10, 60_000), maxMs: integer('EVENT_RECONNECT_MAX_MS', 30_000, production ? 1000 : 10, 600_000) },
      probeIntervalMs: integer('EVENT_PROBE_INTERVAL_MS', 10_000, production ? 1000 : 50, 600_000),
    },
    limits: {
      anonymousPerMinute: integer('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 300, 1, 1_000_000),
      apiKeyPerMinute: integer('RATE_LIMIT_API_KEY_PER_MINUTE', 1200, 1, 1_000_000),
      wrongSecretsPerHour: integer('RATE_LIMIT_WRONG_SECRETS_PER_HOUR', 10, 1, 10_000),
      exemptApiKeys: (env.RATE_LIMIT_EXEMPT_API_KEYS || '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      maxQueryDepth: integer('MAX_QUERY_DEPTH', 12, 2, 100),
      maxQueryComplexity: integer('MAX_QUERY_COMPLEXITY', 5000, 10, 1_000_000),
      // Our clients' largest document is the explorer's introspection query, under 200 tokens.
      // Validation of repeated fields grows with the square of the tokens: ~40 ms at 1000.
      maxQueryTokens: integer('MAX_QUERY_TOKENS', 1000, 500, 100_000),
      activeAppointmentsPerEmail: integer('ACTIVE_APPOINTMENTS_PER_EMAIL', 2, 1, 100),
    },
    altcha: { enabled: altchaEnabled, hmacKey: env.ALTCHA_HMAC_KEY ?? '', maxNumber: integer('ALTCHA_MAX_NUMBER', 100_000, 1000, 10_000_000) },
    introspection: {
      enabled: flag('INTROSPECTION', environment !== 'production'),
      apiKeys: (env.INTROSPECTION_API_KEYS || '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    },
    trustedDocuments: {
      onlyFor: [...new Set(onlyTrustedFor)],
      manifests: (env.TRUSTED_DOCUMENT_MANIFESTS || '')
        .split(',')
        .map((file) => file.trim())
        .filter(Boolean)
        .map((file) => path.resolve(file)),
    },
    socketHeartbeatMs: integer('SOCKET_HEARTBEAT_MS', 15_000, 100, 600_000),
    // Our apps' largest message (a subscription with its fragments) is under 2 KiB. A whole office
    // group's displays may sit behind one address, which is why credentials are counted apart.
    sockets: {
      maxMessageBytes: integer('SOCKET_MAX_MESSAGE_BYTES', 65_536, 16_384, 16_777_216),
      perAddress: integer('SOCKETS_PER_ADDRESS', 100, 1, 1_000_000),
      perCredential: integer('SOCKETS_PER_CREDENTIAL', 200, 1, 1_000_000),
      operationsPerSocket: integer('SOCKET_MAX_OPERATIONS', 100, 1, 10_000),
    },
    logLevel,
    trustProxy,
    testClock,
    clockStart,
    jobPolling: flag('JOB_POLLING', !testClock),
    jobPollIntervalMs: integer('JOB_POLL_INTERVAL_MS', 1000, 50, 3_600_000),
    importTemplate: { weekdays: templateWeekdays, start: templateStart, end: templateEnd, counters: integer('IMPORT_TEMPLATE_COUNTERS', 2, 1, 50) },
    mail: {
      smtpUrl,
      from: env.MAIL_FROM || 'Terminvereinbarung <termine@localhost>',
      timeouts: {
        connectionMs: integer('SMTP_CONNECTION_TIMEOUT_MS', 10_000, 100, 600_000),
        greetingMs: integer('SMTP_GREETING_TIMEOUT_MS', 10_000, 100, 600_000),
        socketMs: integer('SMTP_SOCKET_TIMEOUT_MS', 30_000, 100, 600_000),
      },
    },
    sms: { providerUrl: smsProviderUrl, token: env.SMS_PROVIDER_TOKEN ?? '', sender: env.SMS_SENDER || 'Termine' },
    notifications: {
      reminderOffsetsMinutes: [...new Set(reminderOffsets)].sort((a, b) => b - a),
      optInMinutes: integer('OPT_IN_MINUTES', 60, 5, 7 * 1440),
      waitlistHoldMinutes: integer('WAITLIST_HOLD_MINUTES', 15, 1, 1440),
      messageRetentionDays: integer('MESSAGE_RETENTION_DAYS', 30, 1, 3650),
      linkSecret,
      linkHosts: [...(URL.canParse(publicBaseUrl) ? [new URL(publicBaseUrl).hostname] : []), ...messageLinkHosts],
    },
    webPush: vapidKeysOf(env, linkSecret, publicBaseUrl, production, problems),
    webhooks: {
      timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      disableAfterFailures: integer('WEBHOOK_DISABLE_AFTER_FAILURES', 10, 1, 1000),
    },
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return config;
}
