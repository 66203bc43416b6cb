import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildFailed, apiBundleTarget, buildChanged, clientAppTargets, repositoryRoot } from '../../ops/build-changed.mjs';
import { currentSchemaText, printApiSchema } from '../src/app/schema';
import { ApiClient, adminPassword, adminUsername, testEnvironment } from '@zms/test-kit/api';
import { createTestDatabase } from '@zms/test-kit/database';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'build-changed-'));

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

/** A repository with an app that uses a shared workspace, and a library without a build; each build counts itself in builds.log. */
function fakeRepository(): string {
  const root = fs.mkdtempSync(path.join(scratch, 'repo-'));
  write(root, 'package.json', JSON.stringify({ name: 'fake', private: true, workspaces: ['clients/*'] }));
  write(root, 'package-lock.json', '{}');
  write(root, 'tsconfig.json', '{}');
  const build = `node -e "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.html','built');require('fs').appendFileSync('../../builds.log','app\\\\n');if(require('fs').existsSync('src/broken'))process.exit(3)"`;
  write(root, 'clients/app/package.json', JSON.stringify({ name: '@fake/app', scripts: { build }, dependencies: { '@fake/ui': '*', vue: '3' } }));
  write(root, 'clients/app/src/main.ts', 'export {};');
  write(root, 'clients/app/test/app.test.ts', '');
  write(root, 'clients/ui/package.json', JSON.stringify({ name: '@fake/ui' }));
  write(root, 'clients/ui/src/index.ts', 'export const a = 1;');
  return root;
}

const builds = (root: string) => (fs.existsSync(path.join(root, 'builds.log')) ? fs.readFileSync(path.join(root, 'builds.log'), 'utf8').trim().split('\n').length : 0);

describe('building what changed', () => {
  it('builds an app once, then only when its sources, a workspace it uses or the lockfile change', async () => {
    const root = fakeRepository();
    const targets = clientAppTargets(root);
    expect(targets.map((target) => target.name)).toEqual(['app']);
    const run = () => buildChanged(root, clientAppTargets(root), () => {});

    expect(await run()).toEqual(['app']);
    expect(await run()).toEqual([]);
    write(root, 'clients/app/test/app.test.ts', 'it.todo("tests are no input");');
    expect(await run()).toEqual([]);
    for (const file of ['clients/ui/src/index.ts', 'clients/app/src/new-file.ts', 'package-lock.json']) {
      write(root, file, `export const changed = ${JSON.stringify(file)};`);
      expect(await run(), file).toEqual(['app']);
    }
    fs.rmSync(path.join(root, 'clients/app/dist/index.html'));
    expect(await run()).toEqual(['app']);
    expect(await buildChanged(root, clientAppTargets(root), () => {}, true), 'npm run build').toEqual(['app']);
    expect(await run()).toEqual([]);
    expect(builds(root)).toBe(6);
  });

  it("takes a second build's output (dist-*) for no input, and builds again when one named in moreBuildOutputs is gone", async () => {
    const root = fakeRepository();
    const manifestFile = path.join(root, 'clients/app/package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const widgetBuild = `node -e "require('fs').mkdirSync('dist-widget',{recursive:true});require('fs').writeFileSync('dist-widget/widget.js',String(Date.now()))"`;
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, moreBuildOutputs: ['dist-widget/widget.js'], scripts: { build: `${manifest.scripts.build} && ${widgetBuild}` } }));
    const run = () => buildChanged(root, clientAppTargets(root), () => {});
    expect(await run()).toEqual(['app']);
    expect(fs.existsSync(path.join(root, 'clients/app/dist-widget/widget.js'))).toBe(true);
    expect(await run()).toEqual([]);
    fs.rmSync(path.join(root, 'clients/app/dist-widget/widget.js'));
    expect(await run()).toEqual(['app']);
  });

  it('keeps no digest of a failed build, so that the next start builds again', async () => {
    const root = fakeRepository();
    await buildChanged(root, clientAppTargets(root), () => {});
    write(root, 'clients/app/src/broken', '');
    await expect(buildChanged(root, clientAppTargets(root), () => {})).rejects.toBeInstanceOf(BuildFailed);
    fs.rmSync(path.join(root, 'clients/app/src/broken'));
    expect(await buildChanged(root, clientAppTargets(root), () => {})).toEqual(['app']);
  });
});

describe('the API bundle that npm start runs', () => {
  it('serves the schema of the sources and signs staff in', async () => {
    // The very build npm start runs (made now if the sources changed): node finds the packages it
    // leaves out from its place, some of them in api/node_modules.
    const bundle = apiBundleTarget(repositoryRoot);
    await buildChanged(repositoryRoot, [bundle], () => {});
    const database = await createTestDatabase();
    const child = spawn(process.execPath, ['--enable-source-maps', bundle.outputFile], {
      env: { ...process.env, ...testEnvironment(database.url, '2026-03-02T08:00:00Z'), TRUSTED_DOCUMENTS_ONLY_FOR: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      await expect.poll(() => (child.exitCode === null ? output : `exited: ${output}`), { timeout: 30_000 }).toMatch(/listening on http:\/\/[^\s/]+/);
      const api = new ApiClient(/listening on (http:\/\/[^\s/]+)/.exec(output)![1]);
      const { __schema } = await api.data<{ __schema: IntrospectionQuery['__schema'] }>(getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
      expect(printApiSchema(buildClientSchema({ __schema }))).toBe(await currentSchemaText());
      expect(await api.login(adminUsername, adminPassword)).toMatch(/^zs_/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await database.drop();
    }
  });
});
