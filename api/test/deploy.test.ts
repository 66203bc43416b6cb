import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '../src/platform/config';
import { startTestApi, type TestApi } from '@zms/test-kit/api';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML: the manifests are read field by field, as Compose and Kubernetes read them
type Manifest = any;

// No container engine runs here: the deployment descriptions of ops/deploy are parsed and held
// against the code (ports, probe paths, environment the config knows and accepts, the migrate
// command, the files the image copies), so that they cannot drift from it unnoticed.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const deploy = path.join(root, 'ops/deploy');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Every variable config.ts reads, from its source. */
function knownVariables(): Set<string> {
  const source = read('api/src/platform/config.ts');
  const names = [...source.matchAll(/env\.([A-Z][A-Z0-9_]+)/g), ...source.matchAll(/(?:integer|flag)\('([A-Z][A-Z0-9_]+)'/g)].map((match) => match[1]);
  return new Set(names);
}

type Env = Record<string, string>;

/** The settings of a pgbouncer.ini's sections, keys as written. */
function pgBouncerIni(text: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let section = '';
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (!line || line.startsWith(';')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) section = header[1];
    else {
      const [key, ...value] = line.split('=');
      (sections[section] ??= {})[key.trim()] = value.join('=').trim();
    }
  }
  return sections;
}

/** host, port and dbname of a [databases] entry. */
function pgBouncerTarget(entry: string): Env {
  return Object.fromEntries(entry.split(/\s+/).map((pair) => pair.split('=') as [string, string]));
}

/** PgBouncer in front of the API's database, in transaction mode, where DATABASE_URL points; LISTEN and locks past it. */
function expectQueriesThroughPgBouncer(env: Env, ini: Record<string, Record<string, string>>, bouncerHost: string, where: string): void {
  const queries = new URL(env.DATABASE_URL);
  const direct = new URL(env.DATABASE_DIRECT_URL);
  expect(queries.hostname, where).toBe(bouncerHost);
  expect(queries.port, where).toBe(ini.pgbouncer.listen_port);
  expect(ini.pgbouncer.pool_mode, where).toBe('transaction');
  const target = pgBouncerTarget(ini.databases[queries.pathname.slice(1)]);
  expect({ host: target.host, port: target.port, dbname: target.dbname }, where).toEqual({ host: direct.hostname, port: direct.port || '5432', dbname: direct.pathname.slice(1) });
}

function expectAcceptedConfig(env: Env, where: string): void {
  const unknown = Object.keys(env).filter((name) => !knownVariables().has(name));
  expect(unknown, `${where}: variables the config does not read`).toEqual([]);
  expect(() => loadConfig(env), where).not.toThrow();
  expect(loadConfig(env).environment, where).toBe('production');
}

// The Dockerfile's instructions, continuation lines joined.
const dockerfile = read('ops/deploy/Dockerfile')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .filter((line) => line.trim() && !line.trim().startsWith('#'));
const instructions = (name: string) => dockerfile.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1).trim());
const imageCommand = JSON.parse(instructions('CMD').at(-1)!) as string[];
const imageEnv: Env = Object.fromEntries(instructions('ENV').flatMap((line) => line.split(/\s+/).map((pair) => pair.split('=') as [string, string])));

/** The migrate command as people run it: the root script, which runs the API's migrate CLI. */
const migrateCommand = ['npm', 'run', 'migrate'];

describe('the container image (Dockerfile)', () => {
  it('copies files that exist, from the repository root', () => {
    const sources = instructions('COPY')
      .filter((args) => !args.startsWith('--from'))
      .flatMap((args) => args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(existsSync(path.join(root, source)), source).toBe(true);
    // npm ci needs the manifest of every workspace.
    for (const client of readdirSync(path.join(root, 'clients')).filter((name) => existsSync(path.join(root, 'clients', name, 'package.json')))) {
      expect(sources, `clients/${client}/package.json`).toContain(`clients/${client}/package.json`);
    }
  });

  it('copies the manifest of every workspace the root names, before npm ci', () => {
    const sources = instructions('COPY').flatMap((args) => args.split(/\s+/).slice(0, -1));
    const workspaces = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;
    const folders = workspaces.flatMap((pattern) => (pattern.endsWith('/*') ? readdirSync(path.join(root, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`) : [pattern]));
    for (const folder of folders.filter((name) => existsSync(path.join(root, name, 'package.json')))) expect(sources, `${folder}/package.json`).toContain(`${folder}/package.json`);
  });

  it('starts the API entry that npm start runs and exposes its port', () => {
    const start = (JSON.parse(read('api/package.json')) as { scripts: Record<string, string> }).scripts.start;
    expect(imageCommand.join(' ')).toBe(start.replace('src/main.ts', 'api/src/main.ts'));
    expect(existsSync(path.join(root, imageCommand.at(-1)!))).toBe(true);
    expect(instructions('EXPOSE')).toEqual([imageEnv.PORT]);
    expect(Object.keys(imageEnv).filter((name) => !knownVariables().has(name))).toEqual([]);
  });

  it('has a migrate command that reaches the API migration CLI', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.migrate).toBe('npm run -w api migrate');
    const apiMigrate = (JSON.parse(read('api/package.json')) as { scripts: Record<string, string> }).scripts.migrate;
    expect(existsSync(path.join(root, 'api', apiMigrate.split(' ').at(-1)!))).toBe(true);
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(deploy, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Manifest> };
  const services = compose.services;
  const apis = Object.entries(services).filter(([, service]) => service.image === 'zms-api' && !service.command);

  it('runs two API processes, a load balancer, PostgreSQL 15, PgBouncer, Redis and the migration', () => {
    expect(apis.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    expect(services.postgres.image).toMatch(/^postgres:15/);
    expect(services.pgbouncer.build.dockerfile).toBe('ops/deploy/pgbouncer.Dockerfile');
    for (const file of (services.pgbouncer.volumes as string[]).map((volume) => volume.split(':')[0])) expect(existsSync(path.join(deploy, file)), file).toBe(true);
    expect(services.redis.image).toMatch(/^redis:/);
    expect(services.migrate.command).toEqual(migrateCommand);
    expect(services['load-balancer'].image).toMatch(/^nginx:/);
  });

  it('gives every process an environment the config accepts, pointing at the services', () => {
    for (const [name, service] of [...apis, ['migrate', services.migrate] as const]) {
      const env: Env = { ...imageEnv, ...service.environment };
      expectAcceptedConfig(env, name);
      expect(new URL(env.DATABASE_URL).hostname).toBe('pgbouncer');
      expect(new URL(env.DATABASE_DIRECT_URL).hostname).toBe('postgres');
      expect(new URL(env.REDIS_URL).hostname).toBe('redis');
      // Processes start only after the migration; they must not race it.
      expect(env.MIGRATE_ON_START).toBe('false');
    }
    for (const [, service] of apis) expect(service.depends_on.migrate.condition).toBe('service_completed_successfully');
  });

  it("sends the queries through PgBouncer, with room for every process's pool", () => {
    const ini = pgBouncerIni(readFileSync(path.join(deploy, 'pgbouncer.ini'), 'utf8'));
    for (const [name, service] of apis) expectQueriesThroughPgBouncer({ ...imageEnv, ...service.environment }, ini, 'pgbouncer', name);
    const pools = apis.map(([, service]) => loadConfig({ ...imageEnv, ...service.environment }).databasePools.queries);
    expect(Number(ini.pgbouncer.max_client_conn)).toBeGreaterThanOrEqual(pools.reduce((sum, pool) => sum + pool, 0));
  });

  it('balances over exactly the API processes at their port', () => {
    const nginx = readFileSync(path.join(deploy, 'nginx.conf'), 'utf8');
    const upstream = [...nginx.matchAll(/^\s*server\s+([\w.-]+):(\d+);/gm)].map((match) => `${match[1]}:${match[2]}`);
    expect(upstream).toEqual(apis.map(([name, service]) => `${name}:${service.environment.PORT}`));
    // WebSockets (graphql-ws subscriptions) need the upgrade headers passed on.
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    const mounted = (services['load-balancer'].volumes as string[]).map((volume) => volume.split(':')[0]);
    for (const file of mounted) expect(existsSync(path.join(deploy, file)), file).toBe(true);
  });
});

describe('the Kubernetes manifests', () => {
  const documents = readdirSync(path.join(deploy, 'kubernetes'))
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parseAllDocuments(readFileSync(path.join(deploy, 'kubernetes', file), 'utf8')).map((document) => document.toJS() as Manifest));
  const ofKind = (kind: string) => documents.filter((document) => document.kind === kind);
  const named = (kind: string, name: string) => documents.find((document) => document.kind === kind && document.metadata.name === name);
  const deployment = named('Deployment', 'zms-api');
  const configMap = named('ConfigMap', 'zms-config');
  const secret = named('Secret', 'zms-secrets');

  /** The environment a container gets from its envFrom references and env entries. */
  function environmentOf(container: Manifest): Env {
    const env: Env = {};
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef) Object.assign(env, documents.find((document) => document.kind === 'ConfigMap' && document.metadata.name === source.configMapRef.name)!.data);
      if (source.secretRef) Object.assign(env, documents.find((document) => document.kind === 'Secret' && document.metadata.name === source.secretRef.name)!.stringData);
    }
    for (const entry of container.env ?? []) env[entry.name] = entry.value ?? 'from-elsewhere';
    return env;
  }

  it('holds the API (Deployment, Service, HorizontalPodAutoscaler, migration Job, ConfigMap, Secret) and PgBouncer (Deployment, Service, ConfigMap, Secret)', () => {
    expect(documents.map((document) => `${document.kind} ${document.metadata.name}`).sort()).toEqual([
      'ConfigMap zms-config',
      'ConfigMap zms-pgbouncer',
      'Deployment zms-api',
      'Deployment zms-pgbouncer',
      'HorizontalPodAutoscaler zms-api',
      'Job zms-migrate',
      'Secret zms-pgbouncer-users',
      'Secret zms-secrets',
      'Service zms-api',
      'Service zms-pgbouncer',
    ]);
    expect(configMap && secret).toBeTruthy();
  });

  it("fits 10 pods on PostgreSQL: PgBouncer's server pools and the direct connections within the max_connections docs/operations.md asks for", () => {
    const ini = pgBouncerIni(named('ConfigMap', 'zms-pgbouncer').data['pgbouncer.ini']);
    const bouncer = named('Deployment', 'zms-pgbouncer');
    const bouncerService = named('Service', 'zms-pgbouncer');
    const [container] = deployment.spec.template.spec.containers;
    const env = environmentOf(container);
    expectQueriesThroughPgBouncer(env, ini, bouncerService.metadata.name, 'Deployment');
    expect(bouncerService.spec.ports[0].port).toBe(Number(ini.pgbouncer.listen_port));
    const config = loadConfig(env);
    const pods = named('HorizontalPodAutoscaler', 'zms-api').spec.maxReplicas;
    expect(pods).toBe(10);
    // A rolling update adds a quarter of the pods (Kubernetes' default maxSurge) before old ones go.
    const podsDuringUpdate = pods + Math.ceil(pods / 4);
    expect(Number(ini.pgbouncer.max_client_conn), "every pod's pool on one PgBouncer").toBeGreaterThanOrEqual(podsDuringUpdate * config.databasePools.queries);
    const serverConnections = bouncer.spec.replicas * (Number(ini.pgbouncer.default_pool_size) + Number(ini.pgbouncer.reserve_pool_size));
    // Each pod: its LISTEN (without Redis) and the rate limits' pool; the migration Job: its lock and the migrator's connection.
    const direct = podsDuringUpdate * (1 + config.databasePools.limits) + 2;
    const superuserReserved = 3;
    const documented = Number(/max_connections = (\d+)/.exec(read('docs/operations.md'))?.[1]);
    expect(serverConnections + direct + superuserReserved).toBeLessThanOrEqual(documented);
  });

  it('probes readiness on /readyz and liveness on /healthz at the port the API listens on', () => {
    const [container] = deployment.spec.template.spec.containers;
    const ports = Object.fromEntries(container.ports.map((port: Manifest) => [port.name, port.containerPort]));
    const env = environmentOf(container);
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    for (const probe of [container.readinessProbe, container.livenessProbe]) expect(ports[probe.httpGet.port] ?? probe.httpGet.port).toBe(Number(env.PORT));
    expect(container.command).toEqual(imageCommand);
    expectAcceptedConfig(env, 'Deployment');
  });

  it('routes the Service to the pods and scales the Deployment', () => {
    const [service] = ofKind('Service');
    const [autoscaler] = ofKind('HorizontalPodAutoscaler');
    expect(service.spec.selector).toEqual(deployment.spec.template.metadata.labels);
    const [container] = deployment.spec.template.spec.containers;
    expect(container.ports.map((port: Manifest) => port.name)).toContain(service.spec.ports[0].targetPort);
    expect(autoscaler.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('migrates with the real migrate command in a Job whose environment the config accepts', () => {
    const [job] = ofKind('Job');
    const [container] = job.spec.template.spec.containers;
    expect(container.command).toEqual(migrateCommand);
    expect(container.image).toBe(deployment.spec.template.spec.containers[0].image);
    expectAcceptedConfig(environmentOf(container), 'Job');
  });
});

describe('the probe paths', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(new Date().toISOString());
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('answer 200 on a running API', async () => {
    for (const probe of ['/healthz', '/readyz']) expect((await fetch(`${api.url}${probe}`)).status, probe).toBe(200);
  });
});
