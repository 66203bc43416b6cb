import { describe, expect, it } from 'vitest';
import { fieldProblemText, notWholeNumbers, unclaimedProblems } from '../src/admin/field-problems';

const t = (key: string, params: Record<string, string | number> = {}) => `${key}${Object.keys(params).length > 0 ? JSON.stringify(params) : ''}`;
const problem = (fields: Partial<{ field: string; message: string; min: number | null; max: number | null; localized: boolean }>) => ({ field: 'x', message: 'x is wrong', min: null, max: null, ...fields });

describe('fieldProblemText', () => {
  it.each([
    ['a range', problem({ min: 1, max: 240 }), { text: 'admin.field.range{"min":1,"max":240}', english: false }],
    ['a single value', problem({ min: 10, max: 10 }), { text: 'admin.field.only{"value":10}', english: false }],
    ['a lower bound', problem({ min: 3 }), { text: 'admin.field.atLeast{"min":3}', english: false }],
    ['no range: the API sentence, in English', problem({}), { text: 'x is wrong', english: true }],
    ['the sentence of a field that has one', problem({ field: 'holidayRegion', message: 'holidayRegion must be a holiday region such as DE-BE …' }), { text: 'admin.settings.holidayRegionUnknown', english: false }],
    ['a problem the form found', problem({ message: 'Bitte eine Uhrzeit eingeben.', localized: true }), { text: 'Bitte eine Uhrzeit eingeben.', english: false }],
  ])('says %s', (_, given, said) => {
    expect(fieldProblemText(given, t as never)).toEqual(said);
  });
});

describe('notWholeNumbers', () => {
  it('names the fields a GraphQL Int cannot carry', () => {
    const found = notWholeNumbers({ a: 1, b: '', c: 2.5, d: 0 }, ['a', 'b', 'c', 'd']);
    expect(found.map((entry) => entry.field)).toEqual(['b', 'c']);
    expect(fieldProblemText(found[0], t as never)).toEqual({ text: 'admin.field.wholeNumber', english: false });
  });
});

describe('unclaimedProblems', () => {
  it('leaves the sentences of named fields to their fields', () => {
    expect(unclaimedProblems(['x is wrong', 'the office is closed'], [problem({})])).toEqual(['the office is closed']);
  });
});
