/** One part that `npm start` builds when its inputs changed (see build-changed.mjs). */
export interface BuildTarget {
  name: string;
  /** Files and directories (walked without node_modules, dist, dist-* and test), relative to the root. */
  inputs: string[];
  /** Where the digest of the inputs of the last successful build is kept. */
  stampFile: string;
  /** Besides the stamp, what must exist for the output to count as built. */
  outputFile: string;
  /** Further files the build makes, each of which must exist too. */
  moreOutputFiles?: string[];
  build(): Promise<void>;
}

export declare const repositoryRoot: string;
export declare class BuildFailed extends Error {}
export declare function inputsDigest(root: string, inputs: string[]): string;
export declare function buildChanged(root: string, targets: BuildTarget[], log: (line: string) => void, everything?: boolean): Promise<string[]>;
export declare function clientAppTargets(root: string): BuildTarget[];
export declare function apiBundleTarget(root: string, outDir?: string): BuildTarget;
