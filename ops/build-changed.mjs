// @ts-check
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What `npm start` and `npm test` build, each part only when its inputs changed since its last
 * successful build: the digest of the inputs is kept beside the output. An unchanged tree so starts
 * at once (building everything takes 20 s, more than twice that on a loaded machine). Plain
 * JavaScript, because tsx's loader costs a second or more per start on a loaded machine; its types
 * are in build-changed.d.mts.
 */

/** Change it when what goes into a build changes in a way its inputs do not show. */
const recipe = 'build-changed-1';
const skippedDirectories = new Set(['node_modules', 'dist', 'test']);
/** A build's outputs are no inputs: dist, and dist-<part> of a second build (the portal's widget). @param {string} name */
const isSkippedDirectory = (name) => skippedDirectories.has(name) || name.startsWith('dist-');
const sharedInputs = ['package-lock.json', 'tsconfig.json'];
const stampName = '.inputs.sha256';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export class BuildFailed extends Error {}

/** @param {string} entry */
function filesUnder(entry) {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry, { withFileTypes: true }).flatMap((child) => (child.isDirectory() && isSkippedDirectory(child.name) ? [] : filesUnder(path.join(entry, child.name))));
}

/**
 * Paths and contents of every input: a moved, added, removed or edited file changes it.
 * @param {string} root
 * @param {string[]} inputs
 */
export function inputsDigest(root, inputs) {
  const hash = createHash('sha256').update(recipe).update(`\0${root}`);
  const files = inputs.flatMap((input) => filesUnder(path.join(root, input))).map((file) => path.relative(root, file));
  for (const file of [...new Set(files)].sort()) hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

/** @param {string} file */
function readIfExists(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Builds the targets whose inputs changed (all of them with `everything`), one after the other;
 * answers the names of those built.
 * @param {string} root
 * @param {import('./build-changed.d.mts').BuildTarget[]} targets
 * @param {(line: string) => void} log
 * @param {boolean} [everything]
 */
export async function buildChanged(root, targets, log, everything = false) {
  const built = [];
  for (const target of targets) {
    // Taken before the build: a file edited while it runs makes the next start build again.
    const digest = inputsDigest(root, target.inputs);
    const outputsExist = [target.outputFile, ...(target.moreOutputFiles ?? [])].every((file) => fs.existsSync(file));
    if (!everything && outputsExist && readIfExists(target.stampFile) === digest) continue;
    log(everything ? `building ${target.name}` : `building ${target.name}: its sources changed since its last build`);
    fs.rmSync(target.stampFile, { force: true });
    await target.build();
    fs.writeFileSync(target.stampFile, `${digest}\n`);
    built.push(target.name);
  }
  return built;
}

/**
 * Each workspace of clients/ with a build script, built by that script (Vite); its inputs are its
 * own files and those of the local workspaces it uses, directly or not. Besides dist/index.html, a
 * build may make more files its manifest names in `moreBuildOutputs` (the portal's widget script):
 * one missing builds the workspace again.
 * @param {string} root
 * @returns {import('./build-changed.d.mts').BuildTarget[]}
 */
export function clientAppTargets(root) {
  /** @type {Map<string, { dir: string, dependencies: string[], hasBuild: boolean, moreOutputs: string[] }>} */
  const workspaces = new Map();
  for (const entry of fs.readdirSync(path.join(root, 'clients'), { withFileTypes: true })) {
    const manifestFile = path.join(root, 'clients', entry.name, 'package.json');
    if (!entry.isDirectory() || !fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    workspaces.set(manifest.name, {
      dir: path.join('clients', entry.name),
      dependencies: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }),
      hasBuild: typeof manifest.scripts?.build === 'string',
      moreOutputs: Array.isArray(manifest.moreBuildOutputs) ? manifest.moreBuildOutputs : [],
    });
  }
  /** @param {{ dir: string, dependencies: string[] }} workspace @param {Set<string>} seen */
  const directoriesOf = (workspace, seen = new Set()) => {
    if (seen.has(workspace.dir)) return seen;
    seen.add(workspace.dir);
    for (const dependency of workspace.dependencies) {
      const local = workspaces.get(dependency);
      if (local) directoriesOf(local, seen);
    }
    return seen;
  };
  return [...workspaces.values()]
    .filter((workspace) => workspace.hasBuild)
    .sort((a, b) => a.dir.localeCompare(b.dir))
    .map((workspace) => ({
      name: path.basename(workspace.dir),
      inputs: [...directoriesOf(workspace), ...sharedInputs],
      stampFile: path.join(root, workspace.dir, 'dist', stampName),
      outputFile: path.join(root, workspace.dir, 'dist', 'index.html'),
      moreOutputFiles: workspace.moreOutputs.map((file) => path.join(root, workspace.dir, file)),
      build: async () => {
        const result = spawnSync('npm', ['run', 'build', '--workspace', workspace.dir], { cwd: root, stdio: 'inherit' });
        if (result.status !== 0) throw new BuildFailed(`The build of ${workspace.dir} failed (exit ${result.status ?? result.signal}).`);
      },
    }));
}

/**
 * The API as JavaScript for `npm start`: node loads it in about half the CPU time tsx takes for the
 * sources (2.9 s against 4.8 s to the first answer). Packages stay external; each file keeps its
 * own import.meta.url, by which it finds the repository, and class names stay, by which MikroORM
 * and type-graphql name entities and types. What main.ts imports later is a chunk of its own, so
 * that it loads while PostgreSQL starts.
 * @param {string} root
 * @param {string} [outDir]
 * @returns {import('./build-changed.d.mts').BuildTarget}
 */
export function apiBundleTarget(root, outDir = path.join(root, 'api/dist')) {
  return {
    name: 'the API',
    inputs: ['api/src', 'api/package.json', 'api/tsconfig.json', ...sharedInputs],
    stampFile: path.join(outDir, stampName),
    outputFile: path.join(outDir, 'main.mjs'),
    build: async () => {
      // Chunks are named by their content: an old one would stay behind.
      fs.rmSync(outDir, { recursive: true, force: true });
      const esbuild = await import('esbuild');
      await esbuild.build({
        entryPoints: [path.join(root, 'api/src/main.ts')],
        outdir: outDir,
        outExtension: { '.js': '.mjs' },
        splitting: true,
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20',
        keepNames: true,
        sourcemap: 'linked',
        tsconfig: path.join(root, 'api/tsconfig.json'),
        logLevel: 'warning',
        plugins: [
          {
            name: 'own-import-meta-url',
            setup(build) {
              build.onLoad({ filter: /\.ts$/ }, (args) => ({
                contents: fs.readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
                loader: 'ts',
              }));
            },
          },
        ],
      });
    },
  };
}

// node ops/build-changed.mjs [--all]: what changed, or (npm run build) everything.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const built = await buildChanged(repositoryRoot, [...clientAppTargets(repositoryRoot), apiBundleTarget(repositoryRoot)], console.error, process.argv.includes('--all'));
    if (built.length === 0) console.error('apps and API up to date, nothing to build');
  } catch (error) {
    console.error(error instanceof BuildFailed ? error.message : error);
    process.exitCode = 1;
  }
}
