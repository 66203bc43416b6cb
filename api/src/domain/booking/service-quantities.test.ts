import { describe, expect, it } from 'vitest';
import { chainLength, personsOf, personsProblems, selectedServices } from './service-quantities';

describe('chainLength', () => {
  it('takes each service once per person', () => {
    expect(chainLength([{ slotsPerPerson: 2, quantity: 3 }])).toBe(6);
    expect(
      chainLength([
        { slotsPerPerson: 2, quantity: 3 },
        { slotsPerPerson: 1, quantity: 1 },
      ]),
    ).toBe(7);
    expect(chainLength([{ slotsPerPerson: 1, quantity: 1 }])).toBe(1);
  });
});

describe('personsOf', () => {
  it('is the most persons any service is for', () => {
    expect(personsOf([{ quantity: 3 }, { quantity: 1 }])).toBe(3);
    expect(personsOf([{ quantity: 1 }])).toBe(1);
  });
});

describe('personsProblems', () => {
  it('names each quantity outside 1..max with its range', () => {
    expect(personsProblems([{ serviceId: '1', quantity: 3 }], 3)).toEqual([]);
    expect(
      personsProblems(
        [
          { serviceId: '1', quantity: 2 },
          { serviceId: '2', quantity: 4 },
        ],
        3,
      ),
    ).toEqual([{ field: 'services[1].quantity', message: 'services[1].quantity must be between 1 and 3 persons.', min: 1, max: 3 }]);
    expect(personsProblems([{ serviceId: '1', quantity: 0 }], 3).map((problem) => problem.field)).toEqual(['services[0].quantity']);
    expect(personsProblems([{ serviceId: '1', quantity: 1.5 }], 3)).toHaveLength(1);
  });
});

describe('selectedServices', () => {
  it('reads serviceIds as one person each', () => {
    expect(selectedServices({ serviceIds: ['1', '2'] })).toEqual({
      services: [
        { serviceId: '1', quantity: 1 },
        { serviceId: '2', quantity: 1 },
      ],
    });
  });

  it('takes services with their quantities', () => {
    expect(selectedServices({ services: [{ serviceId: '1', quantity: 3 }] })).toEqual({ services: [{ serviceId: '1', quantity: 3 }] });
  });

  it('wants exactly one of the two shapes', () => {
    expect(selectedServices({ serviceIds: ['1'], services: [{ serviceId: '1', quantity: 1 }] })).toEqual({ problems: [expect.objectContaining({ field: 'services' })] });
    expect(selectedServices({})).toEqual({ problems: [expect.objectContaining({ field: 'services' })] });
  });

  it('refuses a service named twice and quantities beyond any office', () => {
    const result = selectedServices({
      services: [
        { serviceId: '1', quantity: 1 },
        { serviceId: '1', quantity: 11 },
      ],
    });
    expect('problems' in result && result.problems.map((problem) => problem.field)).toEqual(['services[1].serviceId', 'services[1].quantity']);
  });
});
