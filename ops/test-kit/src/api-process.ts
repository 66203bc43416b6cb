import fs from 'node:fs';
import { apiBundleTarget, inputsDigest, repositoryRoot } from '../../build-changed.mjs';

/**
 * The arguments of node that start an API process: the bundle `npm start` runs (npm test builds it
 * before the tests) while it is built from the sources as they are now, else the sources through
 * tsx. The bundle starts in about half the CPU time, which adds up over the processes a test run
 * or a benchmark starts; a stale one would run old code, so each start checks (a digest of the
 * sources, a tenth of a second). Without a test runner's imports, so that ops/bench can use it.
 */
export function apiProcessArguments(): string[] {
  const bundle = apiBundleTarget(repositoryRoot);
  const stamp = fs.existsSync(bundle.stampFile) ? fs.readFileSync(bundle.stampFile, 'utf8').trim() : null;
  const built = [bundle.outputFile, ...(bundle.moreOutputFiles ?? [])].every((file) => fs.existsSync(file));
  if (built && stamp === inputsDigest(repositoryRoot, bundle.inputs)) return ['--enable-source-maps', bundle.outputFile];
  return ['--import', 'tsx', 'src/main.ts'];
}
