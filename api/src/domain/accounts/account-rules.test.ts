import { expect, it } from 'vitest';
import { minPasswordLength, normalizeUsername, passwordProblems, usernameProblems } from './account-rules';

it('normalizes usernames to trimmed lower case', () => {
  expect(normalizeUsername('  Anna.Schmidt@Bezirk ')).toBe('anna.schmidt@bezirk');
});

it.each([
  ['anna.schmidt', true],
  ['a_b-c@d', true],
  ['a', false],
  ['anna schmidt', false],
  ['Anna', false],
  ['x'.repeat(101), false],
])('username %s is acceptable: %s', (username, acceptable) => {
  expect(usernameProblems(username)).toHaveLength(acceptable ? 0 : 1);
});

it('asks for passwords of at least the minimum length', () => {
  expect(passwordProblems('p'.repeat(minPasswordLength - 1))).toEqual([`A password needs at least ${minPasswordLength} characters.`]);
  expect(passwordProblems('p'.repeat(minPasswordLength))).toEqual([]);
});
