import { describe, expect, it } from 'vitest';
import { enabledActions } from '../src/counter/entry-actions';

const steps = ['callSelected', 'recall', 'missed', 'requeue', 'park', 'start', 'finish', 'redirect', 'priority'] as const;
const enabledSteps = (state: Parameters<typeof enabledActions>[0]) => {
  const enabled = enabledActions(state);
  return steps.filter((step) => enabled[step]);
};

describe('counter buttons', () => {
  it("enable exactly the steps in the entry's allowedActions, the call for the chosen entry", () => {
    const parked = { allowedActions: ['requeueEntry', 'redirectEntry', 'setEntryPriority'] as const };
    expect(enabledSteps({ atCounter: true, serving: false, selected: parked, target: parked })).toEqual(['requeue', 'redirect', 'priority']);
    const waiting = { allowedActions: ['callEntry', 'parkEntry'] as const };
    expect(enabledSteps({ atCounter: true, serving: true, selected: waiting, target: waiting })).toEqual(['callSelected', 'park']);
    // Nobody chosen: the steps act on the one at the counter, and no call of a chosen entry.
    const called = { allowedActions: ['callEntry', 'recallEntry', 'markMissed', 'startService'] as const };
    expect(enabledSteps({ atCounter: true, serving: true, selected: null, target: called })).toEqual(['recall', 'missed', 'start']);
  });

  it('enable nothing away from a counter, and "next person" only while nobody is served here', () => {
    const every = { allowedActions: ['callEntry', 'recallEntry', 'markMissed', 'requeueEntry', 'parkEntry', 'startService', 'finishService', 'redirectEntry', 'setEntryPriority'] as const };
    expect(Object.values(enabledActions({ atCounter: false, serving: false, selected: every, target: every })).some(Boolean)).toBe(false);
    expect(enabledActions({ atCounter: true, serving: true, selected: null, target: null }).callNext).toBe(false);
    expect(enabledActions({ atCounter: true, serving: false, selected: null, target: null })).toMatchObject({ callNext: true, ticket: true, checkIn: true, book: true });
  });
});
