import fs from 'node:fs/promises';
import { BreakingChangeType, DangerousChangeType, parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { currentSchemaText } from '../src/app/schema';
import { changelogFile, compareWithContract, contractFile, contractHash, latestRelease } from './contract';

/**
 * The released contract (schema/contract.graphql) holds: the code's schema may add to it, never
 * break it. A break is released on purpose by copying schema/schema.graphql over
 * schema/contract.graphql and adding a CHANGELOG.md entry that names the new contract's hash.
 */
describe('the public contract', () => {
  it('the code does not break the released contract (schema/contract.graphql)', async () => {
    const current = await currentSchemaText();
    const { breaking, dangerous } = compareWithContract(await fs.readFile(contractFile, 'utf8'), current);
    if (dangerous.length > 0) {
      console.warn(`Changes that may surprise clients of the contract (allowed; mention them in CHANGELOG.md):\n${dangerous.map((change) => `- ${change.type}: ${change.description}`).join('\n')}`);
    }
    const instructions = [
      `${breaking.length} breaking change(s) against the released contract schema/contract.graphql:`,
      ...breaking.map((change) => `- ${change.type}: ${change.description}`),
      '',
      'Third parties and the 115 build on that contract. Keep the old field, argument or type (add the new one beside it,',
      'mark the old one @deprecated), or release the break on purpose:',
      '  1. npm run schema:emit, then copy schema/schema.graphql to schema/contract.graphql;',
      `  2. add a CHANGELOG.md entry "## [x.y.z] - date" listing the breaking changes and the line "Contract: sha256 ${contractHash(current)}".`,
    ].join('\n');
    expect(breaking, instructions).toEqual([]);
  });

  it("CHANGELOG.md's latest release names the contract's hash, so the contract never changes without a note", async () => {
    const contract = await fs.readFile(contractFile, 'utf8');
    const release = latestRelease(await fs.readFile(changelogFile, 'utf8'));
    expect(release, 'CHANGELOG.md has no release entry "## [x.y.z] …"').not.toBeNull();
    expect(
      release!.contractHashes,
      `schema/contract.graphql (sha256 ${contractHash(contract)}) changed without a CHANGELOG.md entry: add "## [x.y.z] - date" with what changed and the line "Contract: sha256 ${contractHash(contract)}" (latest entry now: ${release!.heading}).`,
    ).toContain(contractHash(contract));
  });
});

describe('the contract check', () => {
  /** The contract with one field of one type taken out. */
  function withoutField(sdl: string, typeName: string, fieldName: string): string {
    let removed = false;
    const document = visit(parse(sdl), {
      ObjectTypeDefinition(node) {
        if (node.name.value !== typeName) return undefined;
        removed = node.fields?.some((field) => field.name.value === fieldName) ?? false;
        return { ...node, fields: node.fields?.filter((field: FieldDefinitionNode) => field.name.value !== fieldName) };
      },
    });
    expect(removed, `${typeName}.${fieldName} is not in the contract`).toBe(true);
    return print(document);
  }

  it('finds a removed field as a breaking change', async () => {
    const contract = await fs.readFile(contractFile, 'utf8');
    const { breaking } = compareWithContract(contract, withoutField(contract, 'Query', 'availableSlots'));
    expect(breaking).toEqual([{ type: BreakingChangeType.FIELD_REMOVED, description: 'Query.availableSlots was removed.' }]);
  });

  it('finds a new required input field as a breaking change, a new enum value as dangerous only', () => {
    const released = 'type Query { a(input: In!): Kind } input In { x: Int } enum Kind { ONE }';
    const { breaking, dangerous } = compareWithContract(released, 'type Query { a(input: In!): Kind } input In { x: Int, y: Int! } enum Kind { ONE TWO }');
    expect(breaking.map((change) => change.type)).toEqual([BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED]);
    expect(dangerous.map((change) => change.type)).toEqual([DangerousChangeType.VALUE_ADDED_TO_ENUM]);
  });

  it('passes additions', () => {
    const { breaking, dangerous } = compareWithContract('type Query { a: Int }', 'type Query { a: Int, "new" b: String }');
    expect([...breaking, ...dangerous]).toEqual([]);
  });

  it('reads the hash of the latest release, not of older ones or [Unreleased]', () => {
    const changelog = [
      '# Changelog',
      '## [Unreleased]',
      '### Added',
      '- something, contract sha256 000000000000 (not released)',
      '## [0.2.0] - 2026-12-01',
      'Contract: sha256 `abcdef012345`',
      '## [0.1.0] - 2026-11-24',
      'Contract: sha256 `111111111111`',
    ].join('\n');
    expect(latestRelease(changelog)).toMatchObject({ version: '0.2.0', contractHashes: ['abcdef012345'] });
    expect(latestRelease('# Changelog\n## [Unreleased]\n')).toBeNull();
  });

  it('hashes like sha256sum', () => {
    expect(contractHash('')).toBe('e3b0c44298fc');
  });
});
