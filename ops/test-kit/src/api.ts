import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startApp, type App } from '@zms/api/src/app/server';
import type { ControlledClock } from '@zms/api/src/platform/clock';
import { loadConfig } from '@zms/api/src/platform/config';
import { IdCodec } from '@zms/api/src/platform/graphql/ids';
import { createLogger } from '@zms/api/src/platform/observability';
import { apiProcessArguments } from './api-process';
import { createTestDatabase, type TestDatabase } from './database';
import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';
import { apiRoot, repositoryRoot } from './workspace';

/** A first-admin setup token, as the start prints it in a link, for tests of the setup flow. */
export { issueSetupToken } from '@zms/api/src/modules/accounts/setup-tokens';

export { apiProcessArguments };

export const adminUsername = 'admin';
export const adminPassword = 'admin-password-for-tests';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an operation sent as plain text answers untyped data, read field by field
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A typed document from `graphql()`, for a test's own helpers that send one. */
export type { TypedDocumentString };

/** An operation a test sends: a typed document from `graphql()`, or plain text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document, whatever its result and variables
export type Operation = string | TypedDocumentString<any, any>;

/**
 * Data of a typed document as tests read it: the members of each union merged into one object
 * (`__typename` the union of their names, every field as the member selecting it types it), and
 * null left out. A test asserts `__typename` or null with `expect`, which TypeScript cannot see
 * narrowing, and then reads on (a null it did not expect fails at that line anyway); a field no
 * member selects, or a wrong type, still fails the typecheck.
 */
export type TestResult<T> = MergedMembers<NonNullable<T>>;
type MergedMembers<T> = [T] extends [never]
  ? never
  : [T] extends [readonly (infer Item)[]]
    ? TestResult<Item>[]
    : [T] extends [object]
      ? [T] extends [Record<PropertyKey, never>]
        ? Record<never, never>
        : string extends keyof T
          ? T
          : { [Key in KeysOfMembers<T>]: TestResult<MemberValue<T, Key>> }
      : T;
// An index signature is a JSON scalar's: it stays as it is. A member the selection does not cover is
// generated as Record<PropertyKey, never>: it adds no field.
type KeysOfMembers<T> = T extends unknown ? (string extends keyof T ? never : keyof T) : never;
type MemberValue<T, Key extends PropertyKey> = T extends unknown ? (Key extends keyof T ? T[Key] : never) : never;

/**
 * What a request carries of its document, as our apps send it: a typed document by its hash (the
 * test environment trusts the tests' manifest), plain text as it is.
 */
export function documentOf(query: { toString(): string; __meta__?: Record<string, unknown> }): { query?: string; extensions?: { persistedQuery: { version: 1; sha256Hash: string } } } {
  const hash = query.__meta__?.hash;
  return typeof hash === 'string' ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: query.toString() };
}

const loginDocument = graphql(`
  mutation TestKitLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on Session {
        token
      }
    }
  }
`);

/** Variables and token after a typed document: the variables may be left out when none is required. */
type OperationArguments<Variables> = Record<string, never> extends Variables ? [variables?: Variables, token?: string] : [variables: Variables, token?: string];

/** A client of one API process: GraphQL over HTTP, and the test-only clock and job routes. */
export class ApiClient {
  /** The session token of the bootstrap admin, once signed in. */
  adminToken = '';

  constructor(readonly url: string) {}

  /** Signs in and answers the session token. */
  async login(username: string, password: string): Promise<string> {
    const { login } = await this.data(loginDocument, { input: { username, password } });
    if (login.__typename !== 'Session') throw new Error(`login of ${username} failed: ${login.__typename}`);
    return login.token!;
  }

  graphql<Result, Variables>(document: TypedDocumentString<Result, Variables>, ...rest: OperationArguments<Variables>): Promise<GraphQLResponse<TestResult<Result>>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an operation sent as plain text answers untyped data, read field by field
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  async graphql(query: Operation, variables: unknown = {}, token?: string): Promise<GraphQLResponse<unknown>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ ...documentOf(query), variables }),
    });
    return (await response.json()) as GraphQLResponse<unknown>;
  }

  /** Data of an operation expected to succeed; throws with the errors otherwise. */
  data<Result, Variables>(document: TypedDocumentString<Result, Variables>, ...rest: OperationArguments<Variables>): Promise<TestResult<Result>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an operation sent as plain text answers untyped data, read field by field
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  async data(query: Operation, variables: unknown = {}, token?: string): Promise<unknown> {
    const result = await this.graphql(query as string, variables as Record<string, unknown>, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  admin<Result, Variables>(document: TypedDocumentString<Result, Variables>, ...[variables]: OperationArguments<Variables>): Promise<TestResult<Result>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an operation sent as plain text answers untyped data, read field by field
  admin<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  admin(query: Operation, variables: unknown = {}): Promise<unknown> {
    return this.data(query as string, variables as Record<string, unknown>, this.adminToken);
  }

  async setClock(now: string | Date): Promise<void> {
    await this.post('/test/clock', { now: new Date(now).toISOString() });
  }

  async advanceClock(minutes: number): Promise<void> {
    await this.post('/test/clock', { advanceMinutes: minutes });
  }

  async runJobs(): Promise<number> {
    return ((await this.post('/test/jobs/run', {})) as { ran: number }).ran;
  }

  private async post(route: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return response.json();
  }
}

/** The manifest of the tests' own documents: servers a test starts trust it as our apps' (docs/guards.md). */
export const testDocumentManifest = path.join(repositoryRoot, 'ops/test-kit/src/gql/persisted-documents.json');

export function testEnvironment(databaseUrl: string, clockStart: string): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    BOOTSTRAP_ADMIN_USERNAME: adminUsername,
    BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
    ZMS_TEST_CLOCK: 'true',
    ZMS_CLOCK_START: clockStart,
    SEED_DEMO_DATA: 'false',
    // Tests fire many requests from one address; the limits test sets its own small budgets.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_API_KEY_PER_MINUTE: '1000000',
    ACTIVE_APPOINTMENTS_PER_EMAIL: '100',
    MIGRATE_ON_START: 'false',
    // scrypt at N = 2^10: every test server hashes its admin's and its accounts' passwords, at
    // production's cost (2^17) about half a second of CPU each.
    PASSWORD_HASH_COST: '10',
    // Tests share two loaded cores: reads are never shed for a lagging loop or a long line unless a test asks.
    LOAD_SHEDDING_MAX_EVENT_LOOP_DELAY_MS: '0',
    LOAD_SHEDDING_MAX_WAIT_MS: '600000',
    // The tests' own documents (graphql() of @zms/test-kit/gql) are trusted as our apps' are.
    TRUSTED_DOCUMENT_MANIFESTS: testDocumentManifest,
  };
}

export interface TestApi extends ApiClient {
  database: TestDatabase;
  app: App;
  clock: ControlledClock;
  /** The opaque ID the API gives the row with this database key (for rows a test wrote with SQL). */
  publicId(databaseKey: number | string): string;
  /** The database key of an ID the API gave (to look its row up with SQL). */
  databaseKey(publicId: string): number;
  /** Starts another real API process (its own Node process) on the same database; `settings` add to its environment. */
  spawnProcess(settings?: NodeJS.ProcessEnv): Promise<ApiProcess>;
  stop(): Promise<void>;
}

export interface ApiProcess {
  client: ApiClient;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would; resolves when it is gone. */
  kill(): Promise<void>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** What it printed so far (its JSON log lines), stdout and stderr together. */
  output(): string;
}

/** The real server, in this process, on a database of the test file's own; the clock starts at `clockStart`. */
export async function startTestApi(clockStart: string, settings: NodeJS.ProcessEnv = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const env = { ...testEnvironment(database.url, clockStart), ...settings };
  const config = loadConfig(env);
  const app = await startApp(config, createLogger(process.env.TEST_API_LOG_LEVEL ?? 'silent'));
  const client = new ApiClient(app.url);
  client.adminToken = await client.login(adminUsername, adminPassword);
  const processes: ApiProcess[] = [];
  const ids = new IdCodec(config.notifications.linkSecret);
  return Object.assign(client, {
    database,
    app,
    clock: app.clock as ControlledClock,
    publicId: (databaseKey: number | string) => ids.toPublic(databaseKey),
    databaseKey(publicId: string) {
      const key = ids.toDatabaseKey(publicId);
      if (key === null) throw new Error(`${publicId} is not an ID this API gave`);
      return Number(key);
    },
    async spawnProcess(extra: NodeJS.ProcessEnv = {}) {
      const started = await spawnApiProcess({ ...env, ZMS_CLOCK_START: app.clock.now().toISOString(), ...extra });
      processes.push(started);
      return started;
    },
    async stop() {
      await Promise.all(processes.map((started) => started.stop()));
      await app.stop();
      await database.drop();
    },
  });
}

export async function spawnApiProcess(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, apiProcessArguments(), {
    cwd: apiRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // One that does not start is killed: left running, it would load the rest of the run.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API process did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`API process exited with ${code}:\n${output}`)));
  });
  return {
    client: new ApiClient(url),
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
