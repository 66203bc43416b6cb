import { expect, it } from 'vitest';
import { sqlArray, sqlInstant } from './sql';

it.each([
  [[], '{}'],
  [[1, 2, 3], '{"1","2","3"}'],
  [['a,b', 'say "hi"', 'back\\slash'], '{"a,b","say \\"hi\\"","back\\\\slash"}'],
  [[new Date('2026-03-29T01:00:00Z')], '{"2026-03-29T01:00:00.000Z"}'],
  [['a', null], '{"a",NULL}'],
])('%j → %s', (values, literal) => {
  expect(sqlArray(values)).toBe(literal);
});

it.each([
  ['2026-03-03 07:00:00+00', '2026-03-03T07:00:00.000Z'],
  ['2026-03-03 07:00:00.25+00', '2026-03-03T07:00:00.250Z'],
  ['2026-10-25 01:30:00+01', '2026-10-25T00:30:00.000Z'],
])('reads %s as %s', (text, iso) => {
  expect(sqlInstant(text).toISOString()).toBe(iso);
});
