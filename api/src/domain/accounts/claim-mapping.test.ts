import { expect, it } from 'vitest';
import { claimValues, displayNameFromClaims, mappedAssignments, safeReturnPath, uniqueUsername, usernameFromClaims } from './claim-mapping';

it('reads a claim as a list of strings, also nested, a single string or missing', () => {
  expect(claimValues({ groups: ['a', 'b', 'a', 3, { x: 1 }] }, 'groups')).toEqual(['a', 'b', '3']);
  expect(claimValues({ realm_access: { roles: ['lead'] } }, 'realm_access.roles')).toEqual(['lead']);
  expect(claimValues({ group: 'Bürgeramt' }, 'group')).toEqual(['Bürgeramt']);
  expect(claimValues({}, 'groups')).toEqual([]);
  expect(claimValues({ groups: null }, 'groups.inner')).toEqual([]);
});

it('maps claim values to assignments, each once, and ignores values without a rule', () => {
  const rules = [
    { claimValue: 'counter-mitte', roleId: '1', departmentId: null, officeId: '7' },
    { claimValue: 'counter-mitte-2', roleId: '1', departmentId: null, officeId: '7' },
    { claimValue: 'leads', roleId: '3', departmentId: '2', officeId: null },
  ];
  expect(mappedAssignments(['counter-mitte', 'counter-mitte-2', 'other'], rules)).toEqual([{ roleId: '1', departmentId: null, officeId: '7' }]);
  expect(mappedAssignments(['leads'], rules)).toEqual([{ roleId: '3', departmentId: '2', officeId: null }]);
  expect(mappedAssignments([], rules)).toEqual([]);
});

it('makes a username from the claims, unique among those taken', () => {
  expect(usernameFromClaims({ preferred_username: 'Anna.Schmidt', email: 'x@y', sub: 's' })).toBe('anna.schmidt');
  expect(usernameFromClaims({ email: 'Anna Schmidt@Bezirk.de', sub: 's' })).toBe('anna-schmidt@bezirk.de');
  expect(usernameFromClaims({ sub: 'x' })).toBe('x-staff');
  expect(uniqueUsername('anna', new Set(['anna', 'anna-2']))).toBe('anna-3');
  expect(uniqueUsername('anna', new Set())).toBe('anna');
  expect(displayNameFromClaims({ given_name: 'Anna', family_name: 'Schmidt' }, 'anna')).toBe('Anna Schmidt');
  expect(displayNameFromClaims({}, 'anna')).toBe('anna');
});

it.each([
  ['/staff/counter', '/staff/counter'],
  ['//evil.example/', '/staff/'],
  ['/\\evil.example', '/staff/'],
  ['https://evil.example/', '/staff/'],
  ['staff', '/staff/'],
  [undefined, '/staff/'],
])('sends the browser back only to a path of this origin: %s', (requested, expected) => {
  expect(safeReturnPath(requested)).toBe(expected);
});
