import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, findBreakingChanges, findDangerousChanges, type BreakingChange, type DangerousChange } from 'graphql';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The released contract: what third parties and the 115 build on. Changed only with a release. */
export const contractFile = path.join(repositoryRoot, 'schema/contract.graphql');
export const changelogFile = path.join(repositoryRoot, 'CHANGELOG.md');

/** How CHANGELOG.md names a contract: sha256 of contract.graphql's bytes, first 12 hex digits. */
export function contractHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

export interface ContractComparison {
  /** Changes that can break a client built on the contract: they fail the test. */
  breaking: BreakingChange[];
  /** Changes that may surprise a client (a new enum value, a new union member): reported only. */
  dangerous: DangerousChange[];
}

/** What the code's schema changes against the released contract, by graphql's own rules. */
export function compareWithContract(contractSdl: string, currentSdl: string): ContractComparison {
  const released = buildSchema(contractSdl);
  const current = buildSchema(currentSdl);
  return { breaking: findBreakingChanges(released, current), dangerous: findDangerousChanges(released, current) };
}

export interface ChangelogRelease {
  version: string;
  heading: string;
  body: string;
  /** The contract hashes the entry names (`sha256 abcdef012345`). */
  contractHashes: string[];
}

/** The newest released entry (`## [x.y.z] …`) of a Keep a Changelog file; `[Unreleased]` is skipped. */
export function latestRelease(changelog: string): ChangelogRelease | null {
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\].*$/gm)];
  const index = headings.findIndex((heading) => /^\d+\.\d+\.\d+/.test(heading[1]));
  if (index < 0) return null;
  const heading = headings[index];
  const start = heading.index! + heading[0].length;
  const body = changelog.slice(start, headings[index + 1]?.index ?? changelog.length);
  const contractHashes = [...body.matchAll(/sha256[\s:`]*([0-9a-f]{12})\b/g)].map((match) => match[1]);
  return { version: heading[1], heading: heading[0], body, contractHashes };
}
